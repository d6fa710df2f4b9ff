"use strict";
// The admin's language tabs (built by modeltranslation's tabbed_translation_fields.js): a badge on
// the tab of a translation whose English changed since it was made, and the reason under its
// input. The inputs carry data-translation-outdated (crimex_portal/translations/admin.py).
(function () {
  function markOutdatedTranslations() {
    document.querySelectorAll("[data-translation-outdated]").forEach(function (input) {
      const reason = input.getAttribute("data-translation-outdated");
      const label = input.getAttribute("data-translation-outdated-label") || reason;
      if (!input.parentNode.querySelector(".translation-outdated-help")) {
        const help = document.createElement("p");
        help.className = "help translation-outdated-help";
        help.textContent = reason;
        input.insertAdjacentElement("afterend", help);
      }
      const panel = input.closest("[id^='tab_']");
      if (!panel) {
        return;
      }
      const tab = document.querySelector("a[href='#" + CSS.escape(panel.id) + "']");
      if (!tab || tab.querySelector(".translation-outdated-badge")) {
        return;
      }
      const badge = document.createElement("span");
      badge.className = "translation-outdated-badge";
      badge.textContent = label;
      badge.title = reason;
      tab.appendChild(badge);
    });
  }
  // The tabs are built by jQuery ready handlers, which may run after the load event: mark what is
  // there, then again whenever the form changes (tabs built, an inline added). Marking is
  // idempotent.
  let scheduled = false;
  function schedule() {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(function () {
        scheduled = false;
        markOutdatedTranslations();
      });
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    schedule();
    new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  });
})();
