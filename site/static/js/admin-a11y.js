// Wagtail admin: give a name to the fields Wagtail leaves without one, for screen readers.
// Items of a list block and rich-text editors placed directly in a stream have no <label>;
// they are named after their block ("Texte", "À faire 2"). The minimap's scrolling list is
// made reachable with the keyboard, and the avatars of the other people on a page are named.
// Loaded on every admin page (core/wagtail_hooks.py).
(function () {
  "use strict";
  var FIELDS = "[data-contentpath] input:not([type=hidden]), [data-contentpath] textarea, " +
    "[data-contentpath] select, [role=textbox][contenteditable=true]";

  function text(element) {
    return element ? element.textContent.replace(/\*/g, "").replace(/\s+/g, " ").trim() : "";
  }

  function hasName(field) {
    if (field.getAttribute("aria-label") || field.getAttribute("aria-labelledby")) { return true; }
    return Boolean(field.labels && field.labels.length && text(field.labels[0]));
  }

  // The label of the struct child holding `element`, or the type of its stream block.
  function blockLabel(element) {
    for (var node = element; node; node = node.parentElement) {
      var label = node.matches("[data-contentpath]") &&
        node.querySelector(":scope > label.w-field__label, :scope > .w-field__label");
      if (label && text(label)) { return text(label); }
      if (node.matches("section.w-panel")) {
        var type = node.querySelector(":scope > .w-panel__header .c-sf-block__type");
        if (type && text(type)) { return text(type); }
      }
    }
    return "";
  }

  function name(field) {
    var label = blockLabel(field);
    var item = field.closest("[data-streamfield-list-container] > [data-streamfield-child]");
    if (item) {
      var items = item.parentElement.querySelectorAll(":scope > [data-streamfield-child]");
      var index = Array.prototype.indexOf.call(items, item) + 1;
      label = (label ? label + " " : "") + index;
    }
    if (label) { field.setAttribute("aria-label", label); field.setAttribute("data-a11y-named", ""); }
  }

  function update() {
    document.querySelectorAll(FIELDS).forEach(function (field) {
      // Named here before: named again, as list items move.
      if (!hasName(field) || field.hasAttribute("data-a11y-named")) { name(field); }
    });
    document.querySelectorAll(".w-minimap__list:not([tabindex])").forEach(function (list) {
      list.setAttribute("tabindex", "0");
    });
    // Someone else on the same page: Wagtail's button shows their avatar only, the name and
    // "Currently viewing" sit in a hidden tooltip. The button takes that text as its name.
    document.querySelectorAll("button.w-editing-sessions__session:not([aria-label])")
      .forEach(function (button) {
        var popup = button.querySelector(".w-editing-sessions__popup");
        var parts = popup ? Array.prototype.map.call(popup.children, text)
          .filter(function (part) { return part && part !== "-"; }) : [];
        if (parts.length) { button.setAttribute("aria-label", parts.join(" – ")); }
      });
  }

  document.addEventListener("DOMContentLoaded", update);
  // At once, before anything else reads the new fields (a screen reader, a checker).
  new MutationObserver(update).observe(document.documentElement, { childList: true, subtree: true });
})();
