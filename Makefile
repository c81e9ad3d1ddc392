# depeche -- build, model, tests.  `make` builds build/libdepeche.a, the CLI
# build/depeche and the compiled model build/depeche.model; `make test` runs
# every test (unit, data-driven cases, the same under ASan+UBSan, and the
# shared corpora when ../shared is present).

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
STD      = -std=c11 -D_GNU_SOURCE
CPPFLAGS_DP = -Iinclude -Isrc/core -Isrc -DDP_MODEL_DEFAULT='"$(abspath $(MODEL))"'
DEPFLAGS = -MMD -MP
LDLIBS   = -lutf8proc -ljansson -lsqlite3 -lz -lzstd -lm -lpthread

B       ?= build
LIB_SRC := $(sort $(wildcard src/*/*.c))
CLI_SRC := $(sort $(wildcard cli/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(B)/obj/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(B)/obj/%.o)

MODEL   ?= $(B)/depeche.model
NODE_STAMP = node_modules/.depeche-stamp
LEXICON := $(sort $(wildcard data/lexicon/*.tsv))

.PHONY: all lib cli model test test-unit test-cases test-asan test-shared \
        bench bench-ingest bench-dup coverage clean distclean deps eval foldtab

all: $(B)/libdepeche.a $(B)/depeche $(MODEL)

lib: $(B)/libdepeche.a
cli: $(B)/depeche

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS_DP) $(CPPFLAGS) $(CFLAGS) $(WARN) $(DEPFLAGS) -c $< -o $@

$(B)/libdepeche.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

# the command also links libmicrohttpd (depeche serve, cli/serve*.c)
$(B)/depeche: $(CLI_OBJ) $(B)/libdepeche.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(B)/libdepeche.a $(LDFLAGS) $(LDLIBS) -lmicrohttpd

$(B)/mkmodel: $(B)/obj/tools/mkmodel.o $(B)/libdepeche.a
	$(CC) $(CFLAGS) -o $@ $< $(B)/libdepeche.a $(LDFLAGS) $(LDLIBS)

# Public data, installed by package name with pinned versions and integrity
# hashes (package-lock.json); see DATA.md for sources and licences.
$(NODE_STAMP): package.json package-lock.json
	scripts/deps.sh npm
	@touch $@

model: $(MODEL)
# the name tagger's weights (make train-ner; data/model/PROVENANCE.md)
NER_W   := $(wildcard data/model/ner.weights)
# each country's centre from its world-atlas shape (scripts/centroids.mjs; DATA.md)
CENTROIDS = $(B)/centroids.tsv
$(CENTROIDS): scripts/centroids.mjs $(NODE_STAMP)
	@mkdir -p $(dir $@)
	node scripts/centroids.mjs node_modules $@.tmp
	@mv $@.tmp $@
$(MODEL): $(B)/mkmodel $(LEXICON) $(NODE_STAMP) $(NER_W) $(CENTROIDS)
	$(B)/mkmodel --out $@.tmp --node-modules node_modules --lexicon data/lexicon \
	    --centroids $(CENTROIDS) $(if $(NER_W),--ner $(NER_W))
	@mv $@.tmp $@

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(B)/obj/tools/mkmodel.d $(B)/obj/tools/train_ner.d

-include tests/tests.mk

clean:
	rm -rf build build-asan build-fuzz
distclean: clean
	rm -rf node_modules

# ---- benchmark (bench/run.sh): MB/s per core next to `cat` --------------
$(B)/depeche-bench: $(B)/obj/bench/bench.o $(B)/libdepeche.a
	$(CC) $(CFLAGS) -o $@ $< $(B)/libdepeche.a $(LDFLAGS) $(LDLIBS)

bench: all $(B)/depeche-bench
	B=$(B) bench/run.sh

# ---- the fold table of src/text/utf8.c (tools/mkfoldtab.c) -------------
foldtab: $(B)/libdepeche.a
	$(CC) $(STD) $(CPPFLAGS_DP) $(CFLAGS) $(WARN) -o $(B)/mkfoldtab tools/mkfoldtab.c \
	    $(B)/libdepeche.a $(LDFLAGS) $(LDLIBS)
	$(B)/mkfoldtab > src/text/foldtab.h.tmp && mv src/text/foldtab.h.tmp src/text/foldtab.h

# ---- ingest benchmark (bench/ingest.sh): -j1 vs -j2 MB/s, peak RSS ------
# BENCH_INGEST_MB=20 for a quick run (default 200)
bench-ingest: all
	B=$(B) bench/ingest.sh

# ---- near-duplicate precision/recall (bench/dup.sh) ------------------------
bench-dup: all
	B=$(B) bench/dup.sh

# ---- gazetteer coverage (bench/coverage.sh): WiNER-fr dev Location names --
coverage: all
	B=$(B) bench/coverage.sh

# ---- fuzzing (clang's libFuzzer): `make fuzz FUZZ_SECONDS=60` ------------
# Every fuzz/fuzz_NAME.c is a target build-fuzz/fuzz_NAME; fuzz/run.sh runs
# each in turn for FUZZ_SECONDS (seeds: fuzz/corpus/NAME) and prints its runs
# and crashes.  FUZZ_LOG=1 adds the runs to fuzz/LOG.md.  Only the targets
# named in FUZZ=... when given (make fuzz FUZZ="text tokens").
FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_TARGETS := $(patsubst fuzz/%.c,build-fuzz/%,$(wildcard fuzz/fuzz_*.c))
FUZZ_RUN = $(if $(FUZZ),$(patsubst %,build-fuzz/fuzz_%,$(FUZZ)),$(FUZZ_TARGETS))
FUZZ_OBJ := $(LIB_SRC:%.c=build-fuzz/obj/%.o)
build-fuzz/obj/%.o: %.c
	@mkdir -p $(dir $@)
	clang $(STD) $(CPPFLAGS_DP) $(FUZZ_FLAGS) -MMD -MP -c $< -o $@
build-fuzz/libdepeche.a: $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^
build-fuzz/fuzz_%: fuzz/fuzz_%.c build-fuzz/libdepeche.a
	clang $(STD) $(CPPFLAGS_DP) $(FUZZ_FLAGS) -MMD -MP -o $@ $< build-fuzz/libdepeche.a $(LDLIBS)
-include $(FUZZ_OBJ:.o=.d) $(FUZZ_TARGETS:=.d)
# the JSON Lines reader is the command's (cli/input.c)
build-fuzz/fuzz_jsonl: fuzz/fuzz_jsonl.c cli/input.c cli/cli.h build-fuzz/libdepeche.a
	clang $(STD) $(CPPFLAGS_DP) -Icli $(FUZZ_FLAGS) -o $@ $< cli/input.c build-fuzz/libdepeche.a $(LDLIBS)
# ingest's JSON Lines reader against jansson's (cli/ingest_read.c, cli/input.c)
build-fuzz/fuzz_ingest_line: fuzz/fuzz_ingest_line.c cli/ingest_read.c cli/input.c cli/cli.h cli/ingest.h build-fuzz/libdepeche.a
	clang $(STD) $(CPPFLAGS_DP) -Icli $(FUZZ_FLAGS) -o $@ $< cli/input.c build-fuzz/libdepeche.a $(LDLIBS)
# the TimeML reader of depeche eval (cli/eval_timeml.c and the span helpers it uses)
build-fuzz/fuzz_timeml: fuzz/fuzz_timeml.c cli/eval_timeml.c cli/eval_read.c cli/eval_score.c cli/eval.h
	@mkdir -p build-fuzz
	clang $(STD) -Icli $(FUZZ_FLAGS) -o $@ fuzz/fuzz_timeml.c cli/eval_timeml.c cli/eval_read.c cli/eval_score.c -ljansson -lz -lm
# the query parser of depeche serve is pure: its target needs no library
build-fuzz/fuzz_query: fuzz/fuzz_query.c cli/serve_query.c cli/serve_query.h
	@mkdir -p build-fuzz
	clang $(STD) -Icli $(FUZZ_FLAGS) -o $@ fuzz/fuzz_query.c cli/serve_query.c -lm
FX = tests/unit/model-fixture
build-fuzz/corpus-model/fixture.model: $(B)/mkmodel $(wildcard $(FX)/* $(FX)/lexicon/*)
	@mkdir -p $(dir $@)
	$(B)/mkmodel --out $@ --cities $(FX)/cities500.txt --admin1 $(FX)/admin1.json \
	    --admin2 $(FX)/admin2.json --countries $(FX)/countries.json --lefff $(FX)/lefff.mlex \
	    --lexicon $(FX)/lexicon 2>/dev/null
fuzz-build: $(FUZZ_TARGETS)
fuzz: $(FUZZ_RUN) $(MODEL) build-fuzz/corpus-model/fixture.model
	DEPECHE_MODEL=$(abspath $(MODEL)) fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_RUN)
.PHONY: fuzz fuzz-build

# ---- linearity (bench/scaling.sh): 1x, 2x, 4x corpus through annotate -------
bench-scaling: all
	B=$(B) bench/scaling.sh
.PHONY: bench-scaling

# ---- the name tagger (tools/train_ner.c; data/model/PROVENANCE.md) ---------
# `make train-ner` retrains data/model/ner.weights on the shared gold corpora;
# `make cv-ner` prints 5-fold held-out figures (tagger alone and whole pipeline).
SHARED_DATA ?= $(firstword $(wildcard ../shared/data /work/shared/data))
NER_CORPORA ?= $(SHARED_DATA)/winer-fr/corpus $(SHARED_DATA)/wikiner-fr-test
NER_TRAIN   ?= --bits 19 --epochs 20 --runs 5 --seed 1
$(B)/depeche-train-ner: $(B)/obj/tools/train_ner.o $(B)/obj/cli/eval_read.o \
                        $(B)/obj/cli/eval_score.o $(B)/libdepeche.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)
train-ner: $(B)/depeche-train-ner $(MODEL)
	@mkdir -p data/model
	$(B)/depeche-train-ner --model $(MODEL) $(NER_TRAIN) --out data/model/ner.weights $(NER_CORPORA)
	sha256sum data/model/ner.weights
cv-ner: $(B)/depeche-train-ner $(B)/mkmodel all
	B=$(B) NER_TRAIN="$(NER_TRAIN)" tools/cv_ner.sh $(B)/cv-ner $(NER_CORPORA)
.PHONY: train-ner cv-ner
# test_ner trains on a tiny corpus and compiles a fixture model with the result
$(B)/tests/test_ner: $(B)/depeche-train-ner $(B)/mkmodel
