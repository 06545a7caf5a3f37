# frnews — French news text for PostgreSQL.  Built with PGXS.
#
#   make                 the extension module and the CLI (build/frnews)
#   make install         install the extension into the server of $(PG_CONFIG)
#   make installcheck    pg_regress suites in sql/ against a running server
#   make unit            build and run the C unit tests of the core
#   make fuzz-build      build the libFuzzer targets (clang, ASan + UBSan)

EXTENSION = frnews
MODULE_big = frnews
PG_CONFIG ?= pg_config

CORE_SRCS := $(sort $(wildcard src/core/*.c))
PGLUE_SRCS := $(sort $(wildcard src/pg/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(PGLUE_SRCS:.c=.o)

# Install and upgrade scripts live in extension/ (sql/ holds pg_regress
# inputs): frnews--<current>.sql is complete, the others form the upgrade
# chain from 0.1.0.
DATA = $(sort $(wildcard extension/frnews--*.sql))

REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --outputdir=build/regress

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n 2>/dev/null || echo -licui18n -licuuc -licudata)

# libstemmer has no version API: record the Debian package version at build
# time (fr_version() reports it), or "unknown" where dpkg is absent.
SNOWBALL_VERSION := $(or $(shell dpkg-query -W -f='$${Version}' libstemmer-dev 2>/dev/null),unknown)
# The module reports the version of the extension it implements.
FRN_VERSION := $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" frnews.control)
FRN_DEFS = -DFRN_SNOWBALL_VERSION='"libstemmer $(SNOWBALL_VERSION)"' -DFRN_VERSION='"$(FRN_VERSION)"'

PG_CPPFLAGS = -Isrc/core -Ibuild/gen $(ICU_CFLAGS) $(FRN_DEFS)
SHLIB_LINK = $(ICU_LIBS) -lstemmer
EXTRA_CLEAN = build

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# ---------------------------------------------------------------------------
# Generated Unicode data (fold table) from ICU at build time.
GEN_DIR = build/gen
FOLD_TABLE = $(GEN_DIR)/frn_fold_table.inc

$(GEN_DIR)/gen_fold_table: src/gen/gen_fold_table.c src/core/frn_unidata.h
	@mkdir -p $(GEN_DIR)
	$(CC) -O2 -std=c11 -Wall $(ICU_CFLAGS) -o $@ $< $(ICU_LIBS)

$(FOLD_TABLE): $(GEN_DIR)/gen_fold_table
	$(GEN_DIR)/gen_fold_table > $@.tmp && mv $@.tmp $@

src/core/frn_unidata.o src/core/frn_unidata.bc: $(FOLD_TABLE)
# Recompile the module when any header changes, and the version report
# and the module magic when the extension's version does.
src/pg/frn_text.o src/pg/frn_text.bc src/pg/frn_module.o src/pg/frn_module.bc: frnews.control
$(OBJS) $(OBJS:.o=.bc): $(wildcard src/core/*.h src/pg/*.h)
# The core's objects in the module as the CLI builds them: without the
# frame pointer that PostgreSQL's CFLAGS may keep (-fno-omit-frame-pointer; a
# register more for the core's loops), and with their calls to their own
# exported functions direct and inlinable, which -fPIC forbids unless no
# other library may interpose them.  frn_extract_dates as built here, with a
# reference, over 1000 bodies: 102.4 M -> 98.6 M instructions.  perf unwinds
# them with --call-graph dwarf.
$(CORE_SRCS:.c=.o): CFLAGS += -fomit-frame-pointer -fno-semantic-interposition

# ---------------------------------------------------------------------------
# The core built on its own (no PostgreSQL): CLI, unit tests, fuzzers.
CORE_CC ?= $(CC)
CORE_CFLAGS ?= -O2 -g -std=c11 -Wall -Wextra -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L
CORE_BUILD = build/core
CORE_OBJS = $(patsubst src/core/%.c,$(CORE_BUILD)/%.o,$(CORE_SRCS))
CORE_LIBS = $(ICU_LIBS) -lstemmer -lm

$(CORE_BUILD)/%.o: src/core/%.c $(wildcard src/core/*.h) $(FOLD_TABLE)
	@mkdir -p $(CORE_BUILD)
	$(CORE_CC) $(CORE_CFLAGS) $(FRN_DEFS) -Isrc/core -I$(GEN_DIR) $(ICU_CFLAGS) -c -o $@ $<

build/frnews: $(CORE_OBJS) $(wildcard src/cli/*.c) $(wildcard src/cli/*.h)
	$(CORE_CC) $(CORE_CFLAGS) -Isrc/core -Isrc/cli -o $@ $(wildcard src/cli/*.c) $(CORE_OBJS) $(CORE_LIBS)

all: build/frnews
cli: build/frnews

UNIT_SRCS = $(sort $(wildcard test/unit/test_*.c))
UNIT_BINS = $(patsubst test/unit/%.c,build/unit/%,$(UNIT_SRCS))

build/unit/%: test/unit/%.c test/unit/unit.h $(CORE_OBJS)
	@mkdir -p build/unit
	$(CORE_CC) $(CORE_CFLAGS) -Isrc/core -Itest/unit -o $@ $< $(CORE_OBJS) $(CORE_LIBS) $(UNIT_LDFLAGS)

# test_stem makes libstemmer fail on demand
build/unit/test_stem: UNIT_LDFLAGS = -Wl,--wrap=sb_stemmer_stem

unit-build: $(UNIT_BINS)

unit: unit-build
	@pass=0; fail=0; \
	for t in $(UNIT_BINS); do \
		if $$t; then pass=$$((pass+1)); else fail=$$((fail+1)); echo "unit binary failed: $$t"; fi; \
	done; \
	echo "unit binaries: $$pass passed, $$fail failed"; test $$fail -eq 0

# libFuzzer targets: test/fuzz/fuzz_*.c, each defining LLVMFuzzerTestOneInput.
FUZZ_CC ?= clang
FUZZ_FLAGS = -g -O1 -std=c11 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -D_POSIX_C_SOURCE=200809L
FUZZ_SRCS = $(sort $(wildcard test/fuzz/fuzz_*.c))
FUZZ_BINS = $(patsubst test/fuzz/%.c,build/fuzz/%,$(FUZZ_SRCS))

build/fuzz/%: test/fuzz/%.c $(CORE_SRCS) $(wildcard src/core/*.h) $(FOLD_TABLE)
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) $(FRN_DEFS) -Isrc/core -I$(GEN_DIR) $(ICU_CFLAGS) -o $@ $< $(CORE_SRCS) $(CORE_LIBS)

fuzz-build: $(FUZZ_BINS)

.PHONY: cli unit unit-build fuzz-build

# ---------------------------------------------------------------------------
# Entity tagger data: the gazetteer table generated from data/gazetteer/ by a
# tool that tokenizes and folds with the core itself, and the model weights
# (data/ner/model.bin for modern press and data/ner/model-hist.bin for old
# newspapers, trained by build/frn-ner-train) embedded as C source.
GAZ_TABLE = $(GEN_DIR)/frn_gazetteer_table.inc
NER_MODEL_INC = $(GEN_DIR)/frn_ner_model.inc
NER_HIST_INC = $(GEN_DIR)/frn_ner_hist_model.inc
NER_NEVER_INC = $(GEN_DIR)/frn_ner_never.inc
GAZ_LISTS = $(wildcard data/gazetteer/*.txt) data/gazetteer/cues.tsv
# core objects that do not depend on the generated entity data
GEN_CORE_OBJS = $(filter-out $(CORE_BUILD)/frn_gazetteer.o $(CORE_BUILD)/frn_ner.o $(CORE_BUILD)/frn_entities.o,$(CORE_OBJS))

$(GEN_DIR)/gen_gazetteer: src/gen/gen_gazetteer.c $(GEN_CORE_OBJS)
	@mkdir -p $(GEN_DIR)
	$(CORE_CC) $(CORE_CFLAGS) -Isrc/core -o $@ $< $(GEN_CORE_OBJS) $(CORE_LIBS)

$(GAZ_TABLE): $(GEN_DIR)/gen_gazetteer $(GAZ_LISTS)
	$(GEN_DIR)/gen_gazetteer data/gazetteer > $@.tmp && mv $@.tmp $@

$(GEN_DIR)/gen_ner_model: src/gen/gen_ner_model.c src/core/frn_ner.h
	@mkdir -p $(GEN_DIR)
	$(CC) -O2 -std=c11 -Wall -Isrc/core -o $@ $<

$(NER_MODEL_INC): $(GEN_DIR)/gen_ner_model $(wildcard data/ner/model.bin)
	$(GEN_DIR)/gen_ner_model data/ner/model.bin > $@.tmp && mv $@.tmp $@

$(NER_HIST_INC): $(GEN_DIR)/gen_ner_model $(wildcard data/ner/model-hist.bin)
	$(GEN_DIR)/gen_ner_model data/ner/model-hist.bin hist > $@.tmp && mv $@.tmp $@

$(GEN_DIR)/gen_ner_never: src/gen/gen_ner_never.c src/core/frn_gazetteer.h src/core/frn_ner.h
	@mkdir -p $(GEN_DIR)
	$(CC) -O2 -std=c11 -Wall -Isrc/core -o $@ $<

$(NER_NEVER_INC): $(GEN_DIR)/gen_ner_never $(wildcard data/ner/never-inside.txt)
	$(GEN_DIR)/gen_ner_never data/ner/never-inside.txt > $@.tmp && mv $@.tmp $@

src/core/frn_gazetteer.o src/core/frn_gazetteer.bc $(CORE_BUILD)/frn_gazetteer.o: $(GAZ_TABLE)
src/core/frn_ner.o src/core/frn_ner.bc $(CORE_BUILD)/frn_ner.o: $(NER_MODEL_INC) $(NER_HIST_INC) $(NER_NEVER_INC)

# The trainer of the entity model (development tool, not installed).
build/frn-ner-train: src/gen/frn_ner_train.c $(CORE_OBJS)
	$(CORE_CC) $(CORE_CFLAGS) -Isrc/core -o $@ $< $(CORE_OBJS) $(CORE_LIBS)

# the fuzzers compile the core sources, entity tagger included
$(FUZZ_BINS): $(GAZ_TABLE) $(NER_MODEL_INC) $(NER_HIST_INC) $(NER_NEVER_INC)

# ---------------------------------------------------------------------------
# make dist: the source archive of the committed tree (HEAD) for PGXN and
# packagers, build/frnews-<version>.tar.gz unpacking to frnews-<version>/
# (.gitattributes leaves CI files out).  test/suites/packaging.sh builds it.
DIST = build/$(EXTENSION)-$(FRN_VERSION).tar.gz

dist:
	@mkdir -p build
	git archive --format=tar.gz --prefix=$(EXTENSION)-$(FRN_VERSION)/ -o $(DIST) HEAD
	@echo "$(DIST)"

.PHONY: dist
