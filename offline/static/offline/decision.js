// The "signaux faibles" decision aid's engine, for the phone without network. It applies the
// rules that guide/decision.py reads (exported as data by offline/rules.py, one source) as
// guide.decision.orient does: the rules whose condition holds, minus those that another one
// hides ("unless"), the most urgent level first, the file's order within a level. The tests
// replay the table of cases of content/guide/decision.yaml through both.
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) { module.exports = api; }
  else { root.ReperesDecision = api; }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  function matches(rule, signs) {
    if (rule.all.length && !rule.all.every(function (sign) { return signs.has(sign); })) {
      return false;
    }
    if (!rule.any.length) { return true; }
    return rule.any.filter(function (sign) { return signs.has(sign); }).length >= rule.at_least;
  }

  // The rules that apply to the ticked signs, most urgent first (unknown signs ignored).
  function orient(selected, rules) {
    var known = new Set(rules.signs);
    var signs = new Set(selected.filter(function (sign) { return known.has(sign); }));
    if (!signs.size) { throw new Error("at least one sign is needed"); }
    var applying = rules.rules.filter(function (rule) { return matches(rule, signs); });
    var keys = new Set(applying.map(function (rule) { return rule.key; }));
    applying = applying.filter(function (rule) {
      return !rule.unless.some(function (key) { return keys.has(key); });
    });
    var order = {};
    rules.levels.forEach(function (level, index) { order[level.key] = index; });
    return applying.map(function (rule, index) { return [rule, index]; })
      .sort(function (a, b) { return order[a[0].level] - order[b[0].level] || a[1] - b[1]; })
      .map(function (pair) { return pair[0]; });
  }

  return { orient: orient };
});
