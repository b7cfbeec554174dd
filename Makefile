# kgb: knowledge-graph builder.
#
#   make            build ./kgb
#   make test       build and run the whole test suite (cmocka)
#   make asan       build under AddressSanitizer + UBSan into build/asan, run the tests
#   make valgrind   run the test suite's CLI cases under valgrind
#   make check      formatting (clang-format 14), banned functions, then tests
#   make eval       score the samples against their gold files
#   make eval-dev   score the development set (tests/data/dev) against its gold files
#   make eval-heldout  score the sealed held-out set (tests/data/heldout): never
#                   read it when writing rules (docs/eval.md)
#   make golden     rewrite tests/golden/samples.nt (the samples' facts)
#   make bench      benchmarks (see bench/)
#   make install    PREFIX=/usr/local

CC ?= cc
PREFIX ?= /usr/local
BUILD ?= build
WERROR ?=
SAN ?=

PKGS := libxml-2.0 raptor2 serd-0 igraph libcgraph libgvc libutf8proc geonames json-c
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS := $(shell pkg-config --libs $(PKGS)) -lm
TEST_CFLAGS := $(shell pkg-config --cflags cmocka)
TEST_LIBS := $(shell pkg-config --libs cmocka)
# Libraries only some commands call are opened on their first call
# (util/dynlib.h), not linked: by their sonames, read here.
LAZY_PKGS := raptor2 igraph libxml-2.0 geonames
LINK_LIBS := $(shell pkg-config --libs $(filter-out $(LAZY_PKGS),$(PKGS))) -lm -ldl -lpthread
soname = $(shell objdump -p $(shell pkg-config --variable=libdir $(1))/lib$(2).so 2>/dev/null | \
           sed -n 's/^ *SONAME *//p')
lazy_cflag = $(if $(1),-DKGB_$(2)_SONAME='"$(1)"')
LAZY_CFLAGS := $(call lazy_cflag,$(call soname,raptor2,raptor2),RAPTOR) \
               $(call lazy_cflag,$(call soname,igraph,igraph),IGRAPH) \
               $(call lazy_cflag,$(call soname,libxml-2.0,xml2),XML2) \
               $(call lazy_cflag,$(call soname,geonames,geonames),GEONAMES)

WARN := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wformat=2 \
        -Wno-format-nonliteral
CFLAGS ?= -O2 -g
ALL_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
              $(WARN) $(if $(WERROR),-Werror) $(SAN) $(CFLAGS) $(PKG_CFLAGS) \
              $(LAZY_CFLAGS)
ALL_LDFLAGS := $(SAN) $(LDFLAGS)

LIB_SRC := $(sort $(wildcard util/*.c input/*.c extractor/*.c graph/*.c export/*.c eval/*.c))
CLI_SRC := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/*.c))
RULE_FILES := $(sort $(wildcard rules/*.tsv rules/*.rules))

LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/embedded.o $(BUILD)/gen/cities.o \
           $(BUILD)/gen/isocodes.o
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o)

# The normal build puts the tool at ./kgb; other builds keep it in $(BUILD).
ifeq ($(BUILD),build)
KGB := kgb
else
KGB := $(BUILD)/kgb
endif

.PHONY: all test asan valgrind check lint format eval eval-dev eval-heldout golden bench install clean
all: $(KGB)

$(KGB): $(BUILD)/libkgb.a $(CLI_OBJ)
	$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libkgb.a $(LINK_LIBS)

$(BUILD)/libkgb.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/%.o: %.c $(wildcard */*.h) | $(BUILD)/dirs
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%.o: tests/%.c $(wildcard */*.h) tests/kgb_test.h | $(BUILD)/dirs
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -c -o $@ $<

$(BUILD)/dirs:
	mkdir -p $(BUILD)/util $(BUILD)/input $(BUILD)/extractor $(BUILD)/graph \
	  $(BUILD)/export $(BUILD)/eval $(BUILD)/cli $(BUILD)/tests $(BUILD)/gen $(BUILD)/tools
	touch $@

# The default rule set and vocabulary, compiled into the binary.
$(BUILD)/tools/embed: tools/embed.c | $(BUILD)/dirs
	$(CC) -std=c11 -O1 -o $@ $<
$(BUILD)/gen/embedded.c: $(BUILD)/tools/embed $(RULE_FILES)
	$(BUILD)/tools/embed $@ $(RULE_FILES)
$(BUILD)/gen/embedded.o: $(BUILD)/gen/embedded.c
	$(CC) -std=c11 $(SAN) -c -o $@ $<

# The names of libgeonames' cities, read once here rather than at every start
# (extractor/places.c checks that it runs with the same library file, and the
# table is made again when that file changes, e.g. after a package upgrade).
GEONAMES_LIB := $(wildcard $(shell pkg-config --variable=libdir geonames)/libgeonames.so.0)
$(BUILD)/tools/cities: tools/cities.c util/util.c util/util.h | $(BUILD)/dirs
	$(CC) -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O1 $(PKG_CFLAGS) \
	  -o $@ tools/cities.c util/util.c $(PKG_LIBS)
$(BUILD)/gen/cities.c: $(BUILD)/tools/cities $(GEONAMES_LIB)
	$(BUILD)/tools/cities $@
$(BUILD)/gen/cities.o: $(BUILD)/gen/cities.c
	$(CC) -std=c11 $(SAN) -c -o $@ $<

# The fields of iso-codes' ISO 3166 JSON that the gazetteer reads, taken out
# here rather than parsed at every start (places.c checks the files' size and
# modification time, and the table is made again when they change).
ISO_CODES_DIR := /usr/share/iso-codes/json
ISO_CODES_JSON := $(wildcard $(ISO_CODES_DIR)/iso_3166-1.json $(ISO_CODES_DIR)/iso_3166-2.json)
$(BUILD)/tools/isocodes: tools/isocodes.c util/util.c util/util.h | $(BUILD)/dirs
	$(CC) -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O1 $(PKG_CFLAGS) \
	  -o $@ tools/isocodes.c util/util.c $(PKG_LIBS)
$(BUILD)/gen/isocodes.c: $(BUILD)/tools/isocodes $(ISO_CODES_JSON)
	$(BUILD)/tools/isocodes $(ISO_CODES_DIR) $@
$(BUILD)/gen/isocodes.o: $(BUILD)/gen/isocodes.c
	$(CC) -std=c11 $(SAN) -c -o $@ $<

$(BUILD)/kgb_test: $(TEST_OBJ) $(BUILD)/libkgb.a
	$(CC) $(ALL_LDFLAGS) -o $@ $(TEST_OBJ) $(BUILD)/libkgb.a $(LINK_LIBS) $(TEST_LIBS)

test: $(KGB) $(BUILD)/kgb_test
	KGB_BIN=$(abspath $(KGB)) $(BUILD)/kgb_test

ASAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
asan:
	$(MAKE) BUILD=build/asan SAN="$(ASAN_FLAGS)" CFLAGS="-O1 -g" WERROR=$(WERROR) build/asan/kgb build/asan/kgb_test
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	LSAN_OPTIONS=suppressions=$(abspath tests/lsan.supp):print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	KGB_BIN=$(abspath build/asan/kgb) build/asan/kgb_test

valgrind: $(KGB)
	valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
	  --suppressions=tests/valgrind.supp ./$(KGB) build --quiet -o $(BUILD)/valgrind-out samples

FORMAT_SRC = $(LIB_SRC) $(CLI_SRC) $(TEST_SRC) tools/embed.c tools/cities.c tools/isocodes.c $(wildcard bench/*.c) \
             $(wildcard */*.h)
lint:
	clang-format --dry-run --Werror $(FORMAT_SRC)
	tools/banned.sh $(FORMAT_SRC)
	@# a word list entry written twice (two branches adding the same word)
	@dups=$$(for f in rules/*.tsv; do grep -v '^#' $$f | grep -v '^$$' | \
	  sort | uniq -d | sed "s|^|$$f: |"; done); \
	if [ -n "$$dups" ]; then echo "entries written twice:"; \
	  echo "$$dups"; exit 1; fi

format:
	clang-format -i $(FORMAT_SRC)

# the gate: warnings are errors here (CI runs exactly `make check`)
check: WERROR = 1
check: lint test asan

eval: $(KGB)
	./$(KGB) eval samples/000_ae456bb6fe98eb93.gold.tsv samples/000_ae456bb6fe98eb93.txt \
	              samples/004_71a4062dbff8071c.gold.tsv samples/004_71a4062dbff8071c.txt

# every tests/data/dev/NAME.gold.tsv with its NAME.txt, scored as one set
DEV_GOLD := $(sort $(wildcard tests/data/dev/*.gold.tsv))
eval-dev: $(KGB)
	./$(KGB) eval $(foreach g,$(DEV_GOLD),$(g) $(g:.gold.tsv=.txt))

# the sealed held-out set, as one set, then its articles (a*) and its film
# sentences (s*) apart, then its second batch (a09-a16, s051-s150), its
# third batch (a17-a24, s151-s250), its fourth batch (a25-a32, s251-s350)
# and its fifth batch (a33-a40, s351-s450) alone
HELDOUT_GOLD := $(sort $(wildcard tests/data/heldout/*.gold.tsv))
HELDOUT2_GOLD := $(sort $(wildcard tests/data/heldout/a09_*.gold.tsv \
  tests/data/heldout/a1[0-6]_*.gold.tsv \
  tests/data/heldout/s0[5-9][0-9]_*.gold.tsv \
  tests/data/heldout/s1[0-4][0-9]_*.gold.tsv \
  tests/data/heldout/s150_*.gold.tsv))
HELDOUT3_GOLD := $(sort $(wildcard tests/data/heldout/a1[7-9]_*.gold.tsv \
  tests/data/heldout/a2[0-4]_*.gold.tsv \
  tests/data/heldout/s15[1-9]_*.gold.tsv \
  tests/data/heldout/s1[6-9][0-9]_*.gold.tsv \
  tests/data/heldout/s2[0-4][0-9]_*.gold.tsv \
  tests/data/heldout/s250_*.gold.tsv))
HELDOUT4_GOLD := $(sort $(wildcard tests/data/heldout/a2[5-9]_*.gold.tsv \
  tests/data/heldout/a3[0-2]_*.gold.tsv \
  tests/data/heldout/s25[1-9]_*.gold.tsv \
  tests/data/heldout/s2[6-9][0-9]_*.gold.tsv \
  tests/data/heldout/s3[0-4][0-9]_*.gold.tsv \
  tests/data/heldout/s350_*.gold.tsv))
HELDOUT5_GOLD := $(sort $(wildcard tests/data/heldout/a3[3-9]_*.gold.tsv \
  tests/data/heldout/a40_*.gold.tsv \
  tests/data/heldout/s35[1-9]_*.gold.tsv \
  tests/data/heldout/s3[6-9][0-9]_*.gold.tsv \
  tests/data/heldout/s4[0-4][0-9]_*.gold.tsv \
  tests/data/heldout/s450_*.gold.tsv))
HELDOUT6_GOLD := $(sort $(wildcard tests/data/heldout/a4[1-8]_*.gold.tsv))
# one line of eval-heldout: the micro-average of the gold files $(1), named $(2)
heldout_line = @./$(KGB) eval $(foreach g,$(1),$(g) $(g:.gold.tsv=.txt)) | \
  grep '^micro' | sed 's/^micro-average/$(2):/'
eval-heldout: $(KGB)
	./$(KGB) eval $(foreach g,$(HELDOUT_GOLD),$(g) $(g:.gold.tsv=.txt))
	$(call heldout_line,$(filter tests/data/heldout/a%,$(HELDOUT_GOLD)),articles)
	$(call heldout_line,$(filter tests/data/heldout/s%,$(HELDOUT_GOLD)),film sentences)
	$(call heldout_line,$(HELDOUT2_GOLD),second batch)
	$(call heldout_line,$(HELDOUT3_GOLD),third batch)
	$(call heldout_line,$(HELDOUT4_GOLD),fourth batch)
	$(call heldout_line,$(HELDOUT5_GOLD),fifth batch)
	$(call heldout_line,$(HELDOUT6_GOLD),sixth batch)

# The extractor alone (bench/extract_bench.c), then the whole command line
# (bench/extract.sh), on one synthetic corpus (bench/corpus.sh); the export
# writers against serdi (bench/export.sh); the analyses on a synthetic graph
# of 1M entities and 3M facts (bench/analysis.c).
BENCH_CORPUS := $(BUILD)/bench-corpus
$(BUILD)/extract_bench: bench/extract_bench.c $(BUILD)/libkgb.a
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(BUILD)/libkgb.a $(LINK_LIBS)

bench: $(KGB) $(BUILD)/extract_bench $(BUILD)/bench/analysis
	rm -rf $(BENCH_CORPUS)
	bench/corpus.sh $(BENCH_CORPUS) 400
	$(BUILD)/extract_bench -r 3 --pipeline $(BENCH_CORPUS)
	bench/extract.sh $(BENCH_CORPUS)
	bench/export.sh
	$(BUILD)/bench/analysis

# bench/analysis.c: 1M entities, 3M facts through graph.h; times each analysis
$(BUILD)/bench/analysis: bench/analysis.c $(BUILD)/libkgb.a
	mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(BUILD)/libkgb.a $(LINK_LIBS)

# Rewrite the golden fact set of the samples (review the diff before committing).
golden: $(KGB)
	./$(KGB) build -q -o $(BUILD)/golden samples
	grep -v -e '/evidence/' -e '/analysis#' $(BUILD)/golden/graph.nt | LC_ALL=C sort > tests/golden/samples.nt

install: $(KGB)
	install -D -m 755 $(KGB) $(DESTDIR)$(PREFIX)/bin/kgb
	install -D -m 644 docs/kgb.1 $(DESTDIR)$(PREFIX)/share/man/man1/kgb.1

clean:
	rm -rf build kgb out
