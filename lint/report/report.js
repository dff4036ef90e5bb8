"use strict";
// seedlint review page. Every piece of data comes from the JSON block and reaches the page
// through textContent or attribute values set with setAttribute: never as markup.
(function () {
  var PAGE_SIZE = 50;
  var AUTO_OPEN = 5; // open every document when there are this few
  var INVISIBLE = {
    "\u00a0": "NBSP", "\u200b": "ZWSP", "\u200c": "ZWNJ", "\u200d": "ZWJ", "\u2060": "WJ",
    "\ufeff": "BOM", "\u00ad": "SHY", "\t": "TAB", "\r": "CR", "\u2028": "LS", "\u2029": "PS"
  };
  var data = JSON.parse(document.getElementById("seedlint-data").textContent);
  var files = data.files;
  var state = { rule: "", status: "", path: "", page: 0 };
  var open = new Set();
  var expanders = new WeakMap(); // document node -> renders it (once) and opens it
  var byId = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function plural(count, word) {
    return count.toLocaleString("en") + " " + word + (count === 1 ? "" : "s");
  }

  // Per paragraph: the codes that touched it and the statuses it can be filtered by.
  files.forEach(function (file, index) {
    file.index = index;
    file.paras = file.records.map(function (record) {
      var meta = record.metadata;
      var codes = new Set();
      meta.changes.forEach(function (c) { codes.add(c.code); });
      meta.findings.forEach(function (f) { codes.add(f.code); });
      var flagged = meta.status !== "dropped" && meta.findings.length > 0;
      return { record: record, codes: codes, flagged: flagged,
               view: flagged ? "flagged" : meta.status };
    });
    file.codeSet = new Set(Object.keys(file.codes));
    file.paras.forEach(function (p) { p.codes.forEach(function (c) { file.codeSet.add(c); }); });
  });

  function paraMatches(p) {
    if (state.rule && !p.codes.has(state.rule)) return false;
    if (!state.status) return true;
    if (state.status === "flagged") return p.flagged;
    return p.record.metadata.status === state.status;
  }

  function fileMatches(file) {
    if (state.path && file.path.toLowerCase().indexOf(state.path) < 0) return false;
    if (!state.rule && !state.status) return true;
    if (state.rule && !file.codeSet.has(state.rule)) return false;
    if (!state.status && file.fileFindings.some(function (f) { return f[2] === state.rule; })) {
      return true;
    }
    return file.paras.some(paraMatches);
  }

  // Text with invisible characters shown as small labelled boxes.
  function visibleText(parent, text) {
    var run = "";
    for (var i = 0; i < text.length; i++) {
      var ch = text[i];
      var label = INVISIBLE[ch];
      if (ch === "\n") label = "\u21b5";
      if (label === undefined) { run += ch; continue; }
      if (run) { parent.appendChild(document.createTextNode(run)); run = ""; }
      var mark = el("span", "inv", label);
      mark.title = "U+" + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
      parent.appendChild(mark);
    }
    if (run) parent.appendChild(document.createTextNode(run));
    return parent;
  }

  // The source paragraph with each change inside it marked as deletion and insertion.
  function inlineText(meta) {
    var box = el("div", "text");
    var source = meta.source_text;
    if (meta.status === "dropped") {
      box.appendChild(el("del", null, source));
      return box;
    }
    var base = meta.chars[0];
    var changes = meta.changes
      .filter(function (c) { return c.chars[0] >= base && c.chars[1] <= meta.chars[1]; })
      .sort(function (a, b) { return a.chars[0] - b.chars[0]; });
    var at = 0;
    changes.forEach(function (c) {
      var start = c.chars[0] - base, end = c.chars[1] - base;
      if (start < at) return; // overlaps one already shown; the list below has it
      if (start > at) box.appendChild(document.createTextNode(source.slice(at, start)));
      if (end > start) box.appendChild(visibleText(el("del"), source.slice(start, end)));
      if (c.after) box.appendChild(visibleText(el("ins"), c.after));
      at = end;
    });
    if (at < source.length) box.appendChild(document.createTextNode(source.slice(at)));
    return box;
  }

  function codeChip(code, kind) {
    var rule = data.rules[code];
    var chip = el("button", "chip " + kind, code);
    chip.type = "button";
    chip.setAttribute("data-rule", code);
    chip.title = rule ? rule[0] + ": " + rule[1] : code;
    return chip;
  }

  function changeList(meta) {
    var list = el("ol", "changes");
    meta.changes.forEach(function (c) {
      var item = el("li", "change");
      var head = el("div", "change-head");
      head.appendChild(codeChip(c.code, "fix"));
      head.appendChild(el("span", "msg", c.message));
      item.appendChild(head);
      var pair = el("div", "before-after");
      var before = el("div", "before");
      before.appendChild(el("span", "tag", "before"));
      visibleText(before.appendChild(el("code")), c.before);
      var after = el("div", "after");
      after.appendChild(el("span", "tag", "after"));
      if (c.after) visibleText(after.appendChild(el("code")), c.after);
      else after.appendChild(el("em", "none", "removed"));
      pair.appendChild(before);
      pair.appendChild(after);
      item.appendChild(pair);
      list.appendChild(item);
    });
    return list;
  }

  function findingList(meta) {
    var list = el("ul", "findings");
    meta.findings.forEach(function (f) {
      var item = el("li", "finding sev-" + f.severity);
      item.appendChild(codeChip(f.code, "flag"));
      item.appendChild(el("span", "msg", f.message));
      list.appendChild(item);
    });
    return list;
  }

  function provenance(record) {
    var box = el("details", "prov");
    box.appendChild(el("summary", null, "Provenance record"));
    var pre = el("pre");
    box.appendChild(pre);
    box.addEventListener("toggle", function () {
      if (box.open && !pre.textContent) pre.textContent = JSON.stringify(record, null, 2);
    });
    return box;
  }

  function paragraph(p) {
    var record = p.record, meta = record.metadata;
    var node = el("article", "para s-" + p.view);
    node.setAttribute("data-id", record.id);
    node.setAttribute("data-status", meta.status);
    node.setAttribute("data-view", p.view);
    node.setAttribute("data-codes", Array.from(p.codes).join(" "));
    var head = el("div", "para-head");
    head.appendChild(el("span", "badge b-" + p.view, p.view));
    if (p.flagged && meta.status === "fixed") head.appendChild(el("span", "badge b-fixed", "fixed"));
    head.appendChild(el("span", "where", "\u00b6 " + meta.paragraph + " \u00b7 " +
      (meta.lines[0] === meta.lines[1] ? "line " + meta.lines[0]
                                         : "lines " + meta.lines[0] + "\u2013" + meta.lines[1])));
    var attribution = meta.attribution && meta.attribution.status;
    if (attribution && attribution !== "not-a-claim") {
      var label = attribution;
      if (attribution === "attributed" && meta.attribution.source) {
        label += ": " + meta.attribution.source;
      } else if (attribution === "inherited" && meta.attribution.heading) {
        label += " from \u201c" + meta.attribution.heading + "\u201d";
      }
      head.appendChild(el("span", "attr a-" + attribution, label));
    }
    var language = meta.language;
    if (language && language.language && language.method &&
        language.method.indexOf("document") !== 0) {
      head.appendChild(el("span", "lang", language.language + " \u00b7 " + language.method));
    }
    var codes = el("span", "codes");
    p.codes.forEach(function (code) {
      var flagged = meta.findings.some(function (f) { return f.code === code; });
      codes.appendChild(codeChip(code, flagged ? "flag" : "fix"));
    });
    head.appendChild(codes);
    node.appendChild(head);
    node.appendChild(inlineText(meta));
    if (meta.changes.length) node.appendChild(changeList(meta));
    if (meta.findings.length) node.appendChild(findingList(meta));
    node.appendChild(provenance(record));
    return node;
  }

  function renderBody(file, body) {
    body.textContent = "";
    file.errors.forEach(function (error) { body.appendChild(el("pre", "error", error)); });
    if (file.fileFindings.length) {
      var list = el("ul", "findings file-level");
      file.fileFindings.forEach(function (f) {
        if (state.rule && f[2] !== state.rule) return;
        var item = el("li", "finding sev-" + f[3]);
        item.appendChild(codeChip(f[2], "flag"));
        item.appendChild(el("span", "where", f[0] + ":" + f[1]));
        item.appendChild(el("span", "msg", f[4]));
        list.appendChild(item);
      });
      body.appendChild(list);
    }
    var hidden = 0;
    file.paras.forEach(function (p) {
      var node = paragraph(p);
      if (!paraMatches(p)) { node.hidden = true; hidden++; }
      body.appendChild(node);
    });
    if (!file.paras.length && !file.errors.length && !file.fileFindings.length) {
      body.appendChild(el("p", "empty", "No paragraphs."));
    }
    if (hidden) body.appendChild(el("p", "hidden-note", plural(hidden, "paragraph") +
      " hidden by the filters."));
  }

  function miniBar(statuses) {
    var total = statuses.reduce(function (a, b) { return a + b; }, 0);
    var bar = el("span", "mini");
    data.statuses.forEach(function (status, i) {
      if (!statuses[i]) return;
      var seg = el("span", "seg " + status);
      seg.style.width = (100 * statuses[i] / total).toFixed(2) + "%";
      seg.title = status + ": " + statuses[i];
      bar.appendChild(seg);
    });
    return bar;
  }

  function docNode(file) {
    var node = el("details", "doc");
    node.setAttribute("data-path", file.path);
    node.setAttribute("data-index", String(file.index));
    var summary = el("summary");
    summary.appendChild(el("span", "path", file.path));
    if (file.encoding && file.encoding !== "utf-8") {
      summary.appendChild(el("span", "enc", file.encoding));
    }
    summary.appendChild(miniBar(file.statuses));
    var stats = el("span", "stats");
    stats.appendChild(el("span", null, plural(file.records.length, "paragraph")));
    var dropped = file.statuses[data.statuses.indexOf("dropped")];
    if (dropped) stats.appendChild(el("span", "t-dropped", dropped + " dropped"));
    var fixed = file.statuses[data.statuses.indexOf("fixed")];
    if (fixed) stats.appendChild(el("span", "t-fixed", fixed + " fixed"));
    var flagged = file.statuses[data.statuses.indexOf("flagged")];
    if (flagged) stats.appendChild(el("span", "t-flagged", flagged + " flagged"));
    stats.appendChild(el("span", "t-findings", plural(file.findings, "finding")));
    if (file.errors.length) stats.appendChild(el("span", "t-error", plural(file.errors.length, "error")));
    summary.appendChild(stats);
    node.appendChild(summary);
    var body = el("div", "doc-body");
    node.appendChild(body);
    var rendered = false;
    function expand() {
      if (!rendered) { renderBody(file, body); rendered = true; }
      open.add(file.index);
      node.open = true;
    }
    expanders.set(node, expand);
    node.addEventListener("toggle", function () {
      if (node.open) expand(); else open.delete(file.index);
    });
    if (open.has(file.index)) expand();
    return node;
  }

  function matching() { return files.filter(fileMatches); }

  function render() {
    var shown = matching();
    var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    var first = state.page * PAGE_SIZE;
    var slice = shown.slice(first, first + PAGE_SIZE);
    var list = byId("doc-list");
    list.textContent = "";
    var fragment = document.createDocumentFragment();
    slice.forEach(function (file) { fragment.appendChild(docNode(file)); });
    list.appendChild(fragment);
    var filtered = shown.length !== files.length;
    byId("doc-count").textContent = shown.length
      ? "Showing " + (first + 1).toLocaleString("en") + "\u2013" +
        (first + slice.length).toLocaleString("en") + " of " + plural(shown.length, "document") +
        (filtered ? " matching the filters (" + files.length.toLocaleString("en") + " in all)" : "")
      : "No document matches the filters.";
    renderPager(pages);
  }

  function renderPager(pages) {
    var pager = byId("pager");
    pager.textContent = "";
    if (pages < 2) return;
    var prev = el("button", null, "\u2190 Previous");
    prev.type = "button";
    prev.disabled = state.page === 0;
    prev.addEventListener("click", function () { goto(state.page - 1); });
    var next = el("button", null, "Next \u2192");
    next.type = "button";
    next.disabled = state.page >= pages - 1;
    next.addEventListener("click", function () { goto(state.page + 1); });
    pager.appendChild(prev);
    pager.appendChild(el("span", "page-no", "Page " + (state.page + 1) + " of " + pages));
    pager.appendChild(next);
  }

  function goto(page) {
    state.page = page;
    render();
    byId("documents").scrollIntoView();
  }

  function setRule(code) {
    state.rule = code;
    byId("rule-filter").value = code;
    state.page = 0;
    render();
  }

  function setStatus(status) {
    state.status = status;
    Array.prototype.forEach.call(byId("status-filter").children, function (button) {
      button.classList.toggle("on", button.getAttribute("data-value") === status);
    });
    state.page = 0;
    render();
  }

  function initRuleFilter() {
    var counts = new Map();
    files.forEach(function (file) {
      file.codeSet.forEach(function (code) { counts.set(code, (counts.get(code) || 0) + 1); });
    });
    var select = byId("rule-filter");
    Array.from(counts.keys()).sort().forEach(function (code) {
      var rule = data.rules[code];
      var option = el("option", null, code + (rule ? " " + rule[0] : "") + " (" +
        plural(counts.get(code), "file") + ")");
      option.value = code;
      select.appendChild(option);
    });
    select.addEventListener("change", function () { setRule(select.value); });
  }

  function init() {
    byId("subtitle").textContent = plural(files.length, "file") + " \u00b7 seedlint " + data.version;
    byId("footer").textContent = "Generated by seedlint " + data.version +
      ". Statuses: kept (unchanged), fixed (text repaired), flagged (findings remain), " +
      "dropped (removed by --fix).";
    initRuleFilter();
    byId("status-filter").addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (button) setStatus(button.getAttribute("data-value"));
    });
    var timer = 0;
    byId("path-filter").addEventListener("input", function (event) {
      clearTimeout(timer);
      timer = setTimeout(function () {
        state.path = event.target.value.trim().toLowerCase();
        state.page = 0;
        render();
      }, 150);
    });
    byId("expand-all").addEventListener("click", function () {
      document.querySelectorAll("#doc-list details.doc").forEach(function (d) { expanders.get(d)(); });
    });
    byId("collapse-all").addEventListener("click", function () {
      open.clear();
      document.querySelectorAll("#doc-list details.doc").forEach(function (d) { d.open = false; });
    });
    // Chips and chart entries that name a rule, a status or a file act as filters.
    document.addEventListener("click", function (event) {
      var target = event.target.closest("button[data-rule], button[data-status], button[data-file]");
      if (!target) return;
      if (target.hasAttribute("data-rule")) {
        event.preventDefault();
        setRule(state.rule === target.getAttribute("data-rule") ? "" : target.getAttribute("data-rule"));
        byId("documents").scrollIntoView();
      } else if (target.hasAttribute("data-status")) {
        setStatus(state.status === target.getAttribute("data-status") ? "" : target.getAttribute("data-status"));
        byId("documents").scrollIntoView();
      } else if (target.hasAttribute("data-file")) {
        showFile(Number(target.getAttribute("data-file")));
      }
    });
    if (files.length <= AUTO_OPEN) files.forEach(function (file) { open.add(file.index); });
    render();
    document.documentElement.setAttribute("data-ready", "1");
  }

  function showFile(index) {
    state.rule = ""; state.status = ""; state.path = "";
    byId("rule-filter").value = "";
    byId("path-filter").value = "";
    setStatus("");
    goto(Math.floor(index / PAGE_SIZE));
    var node = document.querySelector('#doc-list details.doc[data-index="' + index + '"]');
    if (node) { expanders.get(node)(); node.scrollIntoView(); }
  }

  init();
})();
