// Print buttons are hidden until this script runs: without JavaScript the browser's own
// Print command still works, and no dead button is shown.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
