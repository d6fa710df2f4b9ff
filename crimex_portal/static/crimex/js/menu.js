// The main navigation folds behind a "Menu" button on narrow screens (look.css). Without this
// script the links simply stay listed: the button only shows once the script has run.
(() => {
  const toggle = document.querySelector(".site-nav__toggle");
  const list = document.getElementById("site-nav-list");
  if (!toggle || !list) return;
  document.documentElement.classList.add("has-menu");
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    list.classList.toggle("is-open", open);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      toggle.setAttribute("aria-expanded", "false");
      list.classList.remove("is-open");
      toggle.focus();
    }
  });
})();
