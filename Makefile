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
        bench coverage clean distclean deps eval

all: $(B)/libdepeche.a $(B)/depeche $(MODEL)

lib: $(B)/libdepeche.a
cli: $(B)/depeche

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS_DP) $(CPPFLAGS) $(CFLAGS) $(WARN) $(DEPFLAGS) -c $< -o $@

$(B)/libdepeche.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/depeche: $(CLI_OBJ) $(B)/libdepeche.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(B)/libdepeche.a $(LDFLAGS) $(LDLIBS)

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
$(MODEL): $(B)/mkmodel $(LEXICON) $(NODE_STAMP) $(NER_W)
	$(B)/mkmodel --out $@.tmp --node-modules node_modules --lexicon data/lexicon \
	    $(if $(NER_W),--ner $(NER_W))
	@mv $@.tmp $@

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(B)/obj/tools/mkmodel.d $(B)/obj/tools/train_ner.d

-include tests/tests.mk

clean:
	rm -rf build build-asan
distclean: clean
	rm -rf node_modules

# ---- benchmark (bench/run.sh): MB/s per core next to `cat` --------------
$(B)/depeche-bench: $(B)/obj/bench/bench.o $(B)/libdepeche.a
	$(CC) $(CFLAGS) -o $@ $< $(B)/libdepeche.a $(LDFLAGS) $(LDLIBS)

bench: all $(B)/depeche-bench
	B=$(B) bench/run.sh

# ---- gazetteer coverage (bench/coverage.sh): WiNER-fr dev Location names --
coverage: all
	B=$(B) bench/coverage.sh

# ---- fuzzing (clang's libFuzzer): `make fuzz FUZZ_SECONDS=60` ------------
FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_TARGETS := $(patsubst fuzz/%.c,build-fuzz/%,$(wildcard fuzz/fuzz_*.c))
build-fuzz/fuzz_%: fuzz/fuzz_%.c $(LIB_SRC) $(wildcard src/*/*.h include/*.h)
	@mkdir -p build-fuzz
	clang $(STD) $(CPPFLAGS_DP) $(FUZZ_FLAGS) -DDP_MODEL_DEFAULT='"$(abspath $(MODEL))"' -o $@ $< $(LIB_SRC) $(LDLIBS)
FX = tests/unit/model-fixture
build-fuzz/corpus-model/fixture.model: $(B)/mkmodel $(wildcard $(FX)/* $(FX)/lexicon/*)
	@mkdir -p $(dir $@)
	$(B)/mkmodel --out $@ --cities $(FX)/cities500.txt --admin1 $(FX)/admin1.json \
	    --admin2 $(FX)/admin2.json --countries $(FX)/countries.json --lefff $(FX)/lefff.mlex \
	    --lexicon $(FX)/lexicon 2>/dev/null
fuzz: $(FUZZ_TARGETS) $(MODEL) build-fuzz/corpus-model/fixture.model
	@for t in $(FUZZ_TARGETS); do n=$${t#build-fuzz/fuzz_}; mkdir -p build-fuzz/corpus-$$n; \
	  echo "fuzz: $$n for $(FUZZ_SECONDS)s"; \
	  $$t -max_total_time=$(FUZZ_SECONDS) -max_len=262144 -timeout=10 build-fuzz/corpus-$$n $$(ls -d fuzz/corpus/$$n 2>/dev/null) || exit 1; done

# ---- the name tagger (tools/train_ner.c; data/model/PROVENANCE.md) ---------
# `make train-ner` retrains data/model/ner.weights on the shared gold corpora;
# `make cv-ner` prints 5-fold held-out figures (tagger alone and whole pipeline).
SHARED_DATA ?= $(firstword $(wildcard ../shared/data /work/shared/data))
NER_CORPORA ?= $(SHARED_DATA)/winer-fr/corpus $(SHARED_DATA)/wikiner-fr-test
NER_TRAIN   ?= --bits 19 --epochs 20 --seed 1
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
