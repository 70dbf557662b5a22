# xbrlconv: earnings releases to XBRL, xBRL-JSON, CSV and HTML.
#
#   make            build ./xbrlconv and build/libxbrlconv.a
#   make demo       install what is missing, build, convert the sample to every format
#   make test       install what is missing, build, run every test
#   make asan       the tests under AddressSanitizer and UBSan
#   make valgrind   unit tests and every sample x writer under valgrind
#   make eval       score xBRL-JSON against ../shared/eval/gold (when present)
#   make bench      speed and memory (docs/performance.md records the figures)
#   make golden-update   rewrite tests/golden from the current build (review with git diff)
#   make install PREFIX=/usr/local DESTDIR=

PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
CFLAGS  ?= -O2 -g
BUILD   ?= build
V       ?= 0
SHARED  ?= ../shared

Q := $(if $(filter 1,$(V)),,@)

# Debian packages the build and the tests need.
DEB_PKGS = gcc make pkg-config libxml2-dev libxslt1-dev check libsubunit-dev \
           xsltproc libxml2-utils python3 valgrind time

PKG_CFLAGS := $(shell pkg-config --cflags libxml-2.0 libxslt 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs libxml-2.0 libxslt 2>/dev/null)
CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   := $(shell pkg-config --libs check 2>/dev/null)

XC_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic -Wshadow \
            -Wstrict-prototypes -MMD -MP -Isrc $(PKG_CFLAGS) \
            -DXC_DATADIR=\"$(PREFIX)/share/xbrlconv\"
XC_LDLIBS = $(PKG_LIBS)

LIB_SRC = $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ = $(LIB_SRC:src/%.c=$(BUILD)/%.o)
UNIT_SRC = $(wildcard tests/unit/*.c)
UNIT_OBJ = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/unit/%.o)

SAMPLES  = $(wildcard samples/*.txt samples/*.html samples/*.htm)
FORMATS  = xbrl json csv ndjson documents html

.PHONY: all clean deps demo test check test-run unit golden cli eval asan valgrind bench package dist fuzz \
        golden-update install uninstall format lint

BIN ?= xbrlconv

all: $(BIN)

$(BIN): $(BUILD)/main.o $(BUILD)/libxbrlconv.a
	@echo "  LD      $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(XC_LDLIBS)

$(BUILD)/libxbrlconv.a: $(LIB_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcs $@ $^

$(BUILD)/%.o: src/%.c | $(BUILD)
	@echo "  CC      $<"
	$(Q)$(CC) $(XC_CFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/unit/%.o: tests/unit/%.c | $(BUILD)/unit
	@echo "  CC      $<"
	$(Q)$(CC) $(XC_CFLAGS) $(CHECK_CFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/run_unit: $(UNIT_OBJ) $(BUILD)/libxbrlconv.a
	@echo "  LD      $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(XC_LDLIBS) $(CHECK_LIBS)

$(BUILD) $(BUILD)/unit:
	$(Q)mkdir -p $@

-include $(LIB_OBJ:.o=.d) $(UNIT_OBJ:.o=.d) $(BUILD)/main.d

# ---- set-up: install missing Debian packages (root), or say how ----
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
	      || { echo "apt-get install failed"; exit 1; }; \
	  else \
	    echo "missing Debian packages; run:"; \
	    echo "  sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

# ---- the two commands of the README ----
demo: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)mkdir -p $(BUILD)/demo
	$(Q)for f in $(FORMATS); do \
	  ./xbrlconv -t $$f -o $(BUILD)/demo/btu-2004q1.$$f samples/btu-2004q1.txt || exit 1; \
	  echo "  wrote $(BUILD)/demo/btu-2004q1.$$f"; done
	$(Q)./xbrlconv --explain samples/btu-2004q1.txt -o /dev/null 2>&1 | head -n 12

test check: deps
	$(Q)$(MAKE) --no-print-directory test-run

test-run: all $(BUILD)/run_unit
	$(Q)echo "== unit"; CK_FORK=no $(BUILD)/run_unit
	$(Q)echo "== golden"; sh tests/golden.sh ./xbrlconv
	$(Q)echo "== cli"; sh tests/cli.sh ./xbrlconv
	$(Q)echo "== corpus"; sh tests/corpus.sh ./xbrlconv $(SHARED)
	$(Q)echo "== eval"; sh tests/eval.sh ./xbrlconv $(SHARED)
	$(Q)echo "== schema"; sh tests/schema.sh ./xbrlconv $(SHARED)
	$(Q)echo "== pg"; sh tests/pg.sh ./xbrlconv $(SHARED)
	$(Q)echo "== parallel"; sh tests/parallel.sh ./xbrlconv $(SHARED)
	$(Q)echo "== browser"; sh tests/browser.sh ./xbrlconv $(SHARED)

unit: $(BUILD)/run_unit
	CK_FORK=no $(BUILD)/run_unit

eval: all
	python3 $(SHARED)/eval/run_eval.py $(SHARED)/eval/gold/*.json

bench: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)sh tests/bench/bench.sh ./xbrlconv $(SHARED)

# the Taxonomy Package: generated from taxonomy/us-gaap.xml by taxonomy/package.xsl
PKG = taxonomy/package
PKG_ELTS = $(PKG)/us-gaap/2025/elts
package: taxonomy/us-gaap.xml taxonomy/package.xsl
	$(Q)for part in xsd lab pre cal all; do \
	  case $$part in xsd) f=us-gaap-2025.xsd;; all) f=us-gaap-2025-all.xsd;; *) f=us-gaap-2025-$$part.xml;; esac; \
	  xsltproc -stringparam part $$part taxonomy/package.xsl taxonomy/us-gaap.xml >$(PKG_ELTS)/$$f || exit 1; \
	  echo "  wrote $(PKG_ELTS)/$$f"; done

# make dist: the package as a zip (Taxonomy Packages 1.0: one top directory)
dist: package
	$(Q)mkdir -p $(BUILD)
	$(Q)python3 -c "import os, sys, zipfile; z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED); \
	  [z.write(os.path.join(d, f), os.path.join('xbrlconv-us-gaap-2025', os.path.relpath(os.path.join(d, f), sys.argv[2]))) \
	   for d, _, fs in sorted(os.walk(sys.argv[2])) for f in sorted(fs)]" $(BUILD)/xbrlconv-us-gaap-2025.zip $(PKG)
	$(Q)echo "  wrote $(BUILD)/xbrlconv-us-gaap-2025.zip"

# make fuzz: mutated samples and instances through the sanitized build (N cases)
fuzz: deps
	$(Q)$(MAKE) --no-print-directory BUILD=build/asan BIN=build/asan/xbrlconv \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  LDFLAGS="-fsanitize=address,undefined" build/asan/xbrlconv
	$(Q)mkdir -p $(BUILD)/fuzz && ./xbrlconv -q -t xbrl -o $(BUILD)/fuzz/seed.xbrl samples/btu-2004q1.txt && \
	  ./xbrlconv -q -t json -o $(BUILD)/fuzz/seed.json samples/acme-2024q4-ixbrl.htm
	$(Q)XBRLCONV_DATADIR="$(CURDIR)" N=$${N:-200} python3 tests/fuzz.py build/asan/xbrlconv $(SAMPLES) \
	  $(BUILD)/fuzz/seed.xbrl $(BUILD)/fuzz/seed.json

golden-update: all
	$(Q)UPDATE=1 sh tests/golden.sh ./xbrlconv

asan: deps
	$(Q)$(MAKE) --no-print-directory BUILD=build/asan BIN=build/asan/xbrlconv \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  LDFLAGS="-fsanitize=address,undefined" test-run-asan

# the sanitized binary lives in build/asan; it finds taxonomy/ and xslt/ here
test-run-asan: all $(BUILD)/run_unit
	$(Q)export XBRLCONV_DATADIR="$(CURDIR)" ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1; \
	  echo "== unit (asan)" && CK_FORK=no $(BUILD)/run_unit && \
	  echo "== golden (asan)" && sh tests/golden.sh $(BIN) && \
	  echo "== cli (asan)" && sh tests/cli.sh $(BIN) && \
	  echo "== corpus (asan)" && sh tests/corpus.sh $(BIN) $(SHARED)

valgrind: deps
	$(Q)$(MAKE) --no-print-directory all $(BUILD)/run_unit
	CK_FORK=no valgrind -q --leak-check=full --error-exitcode=1 $(BUILD)/run_unit
	$(Q)for s in $(SAMPLES); do for f in $(FORMATS); do \
	  valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
	    --error-exitcode=1 ./xbrlconv -t $$f -o /dev/null $$s || exit 1; done; done
	@echo "valgrind: no errors, no leaks"

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/xbrlconv/taxonomy \
	  $(DESTDIR)$(PREFIX)/share/xbrlconv/xslt $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 xbrlconv $(DESTDIR)$(PREFIX)/bin/xbrlconv
	install -m 644 taxonomy/*.xml $(DESTDIR)$(PREFIX)/share/xbrlconv/taxonomy/
	cp -R taxonomy/package $(DESTDIR)$(PREFIX)/share/xbrlconv/taxonomy/
	install -m 644 xslt/*.xsl $(DESTDIR)$(PREFIX)/share/xbrlconv/xslt/
	install -m 644 docs/xbrlconv.1 $(DESTDIR)$(PREFIX)/share/man/man1/xbrlconv.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/xbrlconv $(DESTDIR)$(PREFIX)/share/man/man1/xbrlconv.1
	rm -rf $(DESTDIR)$(PREFIX)/share/xbrlconv

format:
	clang-format -i src/*.c src/*.h tests/unit/*.c

lint:
	cppcheck --quiet --enable=warning,performance,portability --std=c11 \
	  --suppress=missingIncludeSystem -Isrc src

clean:
	rm -rf build xbrlconv
