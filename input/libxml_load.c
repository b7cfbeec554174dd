/*
 * libxml_load.c: libxml2 opened on its first call (util/dynlib.h).
 *
 * libxml2 pulls in ICU and the C++ runtime, whose loading costs every start
 * of kgb about 3 M instructions, while only HTML input and GraphML output
 * call it.
 */
#include "../util/dynlib.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#ifndef KGB_XML2_SONAME
#define KGB_XML2_SONAME "libxml2.so.2"
#endif

#define XML2_FUNCTIONS(F, P)                                                   \
  F(xmlStructuredErrorFunc *, __xmlStructuredError, (void), ())                \
  F(void **, __xmlStructuredErrorContext, (void), ())                          \
  F(htmlDocPtr, htmlReadMemory,                                                \
    (const char *buffer, int size, const char *URL, const char *encoding,      \
     int options),                                                             \
    (buffer, size, URL, encoding, options))                                    \
  F(xmlNodePtr, xmlDocGetRootElement, (const xmlDoc *doc), (doc))              \
  P(xmlFreeDoc, (xmlDocPtr cur), (cur))                                        \
  P(xmlFreeTextWriter, (xmlTextWriterPtr writer), (writer))                    \
  F(xmlAttrPtr, xmlHasProp, (const xmlNode *node, const xmlChar *name),        \
    (node, name))                                                              \
  P(xmlInitParser, (void), ())                                                 \
  F(xmlTextWriterPtr, xmlNewTextWriter, (xmlOutputBufferPtr out), (out))       \
  F(int, xmlOutputBufferClose, (xmlOutputBufferPtr out), (out))                \
  F(xmlOutputBufferPtr, xmlOutputBufferCreateFile,                             \
    (FILE * file, xmlCharEncodingHandlerPtr encoder), (file, encoder))         \
  P(xmlSetStructuredErrorFunc, (void *ctx, xmlStructuredErrorFunc handler),    \
    (ctx, handler))                                                            \
  F(int, xmlStrcasecmp, (const xmlChar *str1, const xmlChar *str2),            \
    (str1, str2))                                                              \
  F(int, xmlTextWriterEndDocument, (xmlTextWriterPtr writer), (writer))        \
  F(int, xmlTextWriterEndElement, (xmlTextWriterPtr writer), (writer))         \
  F(int, xmlTextWriterFlush, (xmlTextWriterPtr writer), (writer))              \
  F(int, xmlTextWriterSetIndent, (xmlTextWriterPtr writer, int indent),        \
    (writer, indent))                                                          \
  F(int, xmlTextWriterSetIndentString,                                         \
    (xmlTextWriterPtr writer, const xmlChar *str), (writer, str))              \
  F(int, xmlTextWriterStartDocument,                                           \
    (xmlTextWriterPtr writer, const char *version, const char *encoding,       \
     const char *standalone),                                                  \
    (writer, version, encoding, standalone))                                   \
  F(int, xmlTextWriterStartElement,                                            \
    (xmlTextWriterPtr writer, const xmlChar *name), (writer, name))            \
  F(int, xmlTextWriterWriteAttribute,                                          \
    (xmlTextWriterPtr writer, const xmlChar *name, const xmlChar *content),    \
    (writer, name, content))                                                   \
  F(int, xmlTextWriterWriteString,                                             \
    (xmlTextWriterPtr writer, const xmlChar *content), (writer, content))

KGB_DYNLIB(XML2_FUNCTIONS, KGB_XML2_SONAME)
