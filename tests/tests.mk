# tests.mk -- test targets, included by the Makefile.
#   make test        build + unit + cases + ASan/UBSan + hostile CLI inputs
#                    + the shared corpus checks when ../shared is present
#   make test-unit | test-cases | test-cli | test-asan | test-valgrind | test-shared
# Every tests/unit/test_*.c is built against $(B)/libdepeche.a with cmocka.
# The runner (tests/run) prints one final line "N passed, N failed[, N skipped]".

UNIT_SRC  := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
CASECHECK := $(B)/tests/casecheck
# the model compiler may not be there yet on a branch: then build lib + CLI
TEST_BUILD := $(if $(wildcard tools/mkmodel.c),all,lib cli)
# (-Wno-format-truncation: gcc -O1 guesses truncations that -O2 does not)
# -DDP_EVENT_MEMO_CHECK: the event stage recomputes every answer it reads
# back from a memo and aborts on a difference (src/event/event.c), and so
# does the quote stage (src/mention/quote.c), so the cases and the command
# tests run through the ASan build check the memos.
# -DDP_ARENA_JUNK: every arena allocation that is not zeroed is filled with
# a junk byte (src/core/arena.c), so a stage reading a field before the
# stage that owns it wrote it reads junk, not zeros or the previous
# document's values; tests/run asan compares this build's annotate output
# with the normal build's.
# -DDP_PLACE_CHECK_SAME: the place stage scores every candidate its
# shortcuts skip (a twin's choice, a one-entry candidate) and recomputes
# its per-form memo of "le/les NAME", and asserts the same answers
# (src/mention/place.c).
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined \
              -Wno-format-truncation -DDP_EVENT_MEMO_CHECK -DDP_ARENA_JUNK -DDP_PLACE_CHECK_SAME

.PHONY: test-bins test-cli test-valgrind

$(B)/tests/test_%: tests/unit/test_%.c $(B)/libdepeche.a
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS_DP) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(B)/libdepeche.a \
	    $(LDFLAGS) -lcmocka $(LDLIBS)

# test_eval also links the scorers and gold readers of the CLI (cli/eval_*.c)
EVAL_TEST_OBJ := $(B)/obj/cli/eval_score.o $(B)/obj/cli/eval_read.o $(B)/obj/cli/eval_timeml.o
$(B)/tests/test_eval: tests/unit/test_eval.c $(EVAL_TEST_OBJ) $(B)/libdepeche.a
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS_DP) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(EVAL_TEST_OBJ) \
	    $(B)/libdepeche.a $(LDFLAGS) -lcmocka $(LDLIBS)

# test_tokdiff also compares the tokenizer's fast path in its scalar form
# (what builds without SSE2 run): src/text/token.c compiled again with
# DP_TOK_NO_SIMD, its entry point renamed dp_stage_tokenize_scalar
$(B)/tests/token_scalar.o: src/text/token.c
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS_DP) $(CPPFLAGS) $(CFLAGS) $(WARN) $(DEPFLAGS) -DDP_TOK_NO_SIMD \
	    -Ddp_stage_tokenize=dp_stage_tokenize_scalar -c $< -o $@
-include $(B)/tests/token_scalar.d
$(B)/tests/test_tokdiff: tests/unit/test_tokdiff.c $(B)/tests/token_scalar.o $(B)/libdepeche.a
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS_DP) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(B)/tests/token_scalar.o \
	    $(B)/libdepeche.a $(LDFLAGS) -lcmocka $(LDLIBS)

# test_records includes cli/ingest_rows.c (its events.json writer)
$(B)/tests/test_records: cli/ingest_rows.c cli/ingest.h

$(CASECHECK): tests/casecheck.c $(B)/libdepeche.a
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CPPFLAGS_DP) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(B)/libdepeche.a \
	    $(LDFLAGS) $(LDLIBS)

test-bins: $(UNIT_BIN) $(CASECHECK)

test: $(TEST_BUILD) test-bins
	tests/run all

test-unit: $(TEST_BUILD) test-bins
	tests/run unit
test-cases: $(TEST_BUILD) test-bins
	tests/run cases
test-cli: $(TEST_BUILD)
	tests/run cli
test-asan:
	tests/run asan
test-valgrind: $(TEST_BUILD) test-bins
	tests/run valgrind
test-shared: $(TEST_BUILD)
	tests/run shared

# the ASan + UBSan build used by tests/run asan (rebuilt whole when
# ASAN_FLAGS changed: the objects do not depend on the flags)
asan-build:
	@mkdir -p build-asan; echo '$(ASAN_FLAGS)' | cmp -s - build-asan/.flags || \
	    { rm -rf build-asan/obj build-asan/tests; echo '$(ASAN_FLAGS)' >build-asan/.flags; }
	$(MAKE) B=build-asan CFLAGS="$(ASAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" \
	    lib cli test-bins
.PHONY: asan-build

# `make eval`: every `depeche eval` on the shared gold (../shared or /work/shared),
# the large WikiNER and Europeana sets included; a report, accuracy never fails.
eval: all
	DEPECHE_EVAL_ALL=1 tests/run shared
