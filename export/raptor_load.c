/*
 * raptor_load.c: raptor2 opened on its first call (util/dynlib.h).
 *
 * raptor2 pulls in about 40 shared libraries (curl and its TLS and LDAP
 * stacks among them), whose loading and relocation cost every start of kgb
 * about 20 M instructions, while only RDF/XML output, RDF input and the gold
 * files of `kgb eval` call it.
 */
#include "../util/dynlib.h"

#include <raptor2.h>

#ifndef KGB_RAPTOR_SONAME
#define KGB_RAPTOR_SONAME "libraptor2.so.0"
#endif

#define RAPTOR_FUNCTIONS(F, P)                                                 \
  P(raptor_free_memory, (void *ptr), (ptr))                                    \
  P(raptor_free_parser, (raptor_parser * parser), (parser))                    \
  P(raptor_free_serializer, (raptor_serializer * ser), (ser))                  \
  P(raptor_free_uri, (raptor_uri * uri), (uri))                                \
  P(raptor_free_world, (raptor_world * world), (world))                        \
  F(int, raptor_locator_byte, (raptor_locator * locator), (locator))           \
  F(int, raptor_locator_line, (raptor_locator * locator), (locator))           \
  F(raptor_parser *, raptor_new_parser,                                        \
    (raptor_world * world, const char *name), (world, name))                   \
  F(raptor_serializer *, raptor_new_serializer,                                \
    (raptor_world * world, const char *name), (world, name))                   \
  F(raptor_term *, raptor_new_term_from_blank,                                 \
    (raptor_world * world, const unsigned char *blank), (world, blank))        \
  F(raptor_term *, raptor_new_term_from_literal,                               \
    (raptor_world * world, const unsigned char *literal, raptor_uri *datatype, \
     const unsigned char *language),                                           \
    (world, literal, datatype, language))                                      \
  F(raptor_term *, raptor_new_term_from_uri_string,                            \
    (raptor_world * world, const unsigned char *uri_string),                   \
    (world, uri_string))                                                       \
  F(raptor_uri *, raptor_new_uri,                                              \
    (raptor_world * world, const unsigned char *uri_string),                   \
    (world, uri_string))                                                       \
  F(raptor_world *, raptor_new_world_internal, (unsigned int version),         \
    (version))                                                                 \
  P(raptor_parser_parse_abort, (raptor_parser * parser), (parser))             \
  F(int, raptor_parser_parse_chunk,                                            \
    (raptor_parser * parser, const unsigned char *buffer, size_t len,          \
     int is_end),                                                              \
    (parser, buffer, len, is_end))                                             \
  F(int, raptor_parser_parse_file_stream,                                      \
    (raptor_parser * parser, FILE * stream, const char *filename,              \
     raptor_uri *base_uri),                                                    \
    (parser, stream, filename, base_uri))                                      \
  F(int, raptor_parser_parse_start,                                            \
    (raptor_parser * parser, raptor_uri * uri), (parser, uri))                 \
  F(int, raptor_parser_set_option,                                             \
    (raptor_parser * parser, raptor_option option, const char *string,         \
     int integer),                                                             \
    (parser, option, string, integer))                                         \
  P(raptor_parser_set_statement_handler,                                       \
    (raptor_parser * parser, void *user_data,                                  \
     raptor_statement_handler handler),                                        \
    (parser, user_data, handler))                                              \
  F(int, raptor_serializer_serialize_end, (raptor_serializer * ser), (ser))    \
  F(int, raptor_serializer_serialize_statement,                                \
    (raptor_serializer * ser, raptor_statement * statement), (ser, statement)) \
  F(int, raptor_serializer_set_namespace,                                      \
    (raptor_serializer * ser, raptor_uri * uri, const unsigned char *prefix),  \
    (ser, uri, prefix))                                                        \
  F(int, raptor_serializer_start_to_file_handle,                               \
    (raptor_serializer * ser, raptor_uri * uri, FILE * fh), (ser, uri, fh))    \
  P(raptor_statement_clear, (raptor_statement * statement), (statement))       \
  P(raptor_statement_init,                                                     \
    (raptor_statement * statement, raptor_world * world), (statement, world))  \
  F(unsigned char *, raptor_uri_as_counted_string,                             \
    (raptor_uri * uri, size_t * len_p), (uri, len_p))                          \
  F(unsigned char *, raptor_uri_as_string, (raptor_uri * uri), (uri))          \
  F(unsigned char *, raptor_uri_filename_to_uri_string,                        \
    (const char *filename), (filename))                                        \
  F(const char *, raptor_world_guess_parser_name,                              \
    (raptor_world * world, raptor_uri * uri, const char *mime_type,            \
     const unsigned char *buffer, size_t len,                                  \
     const unsigned char *identifier),                                         \
    (world, uri, mime_type, buffer, len, identifier))                          \
  F(int, raptor_world_open, (raptor_world * world), (world))                   \
  F(int, raptor_world_set_log_handler,                                         \
    (raptor_world * world, void *user_data, raptor_log_handler handler),       \
    (world, user_data, handler))

KGB_DYNLIB(RAPTOR_FUNCTIONS, KGB_RAPTOR_SONAME)
