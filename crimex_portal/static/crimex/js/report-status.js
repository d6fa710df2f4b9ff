// Follows a report's progress without reloading the page; without JavaScript, a <noscript>
// refresh reloads it instead. Stops when the report is ready or has failed.
(() => {
  const box = document.querySelector("[data-report-status]");
  if (!box) return;
  const label = box.querySelector("[data-report-label]");
  const progress = box.querySelector("[data-report-progress]");
  const error = box.querySelector("[data-report-error]");
  const download = box.querySelector("[data-report-download]");
  let delay = 1000;

  const show = (report) => {
    label.textContent = report.label;
    box.className = `report-status report-status--${report.status}`;
    const running = report.status === "queued" || report.status === "running";
    progress.hidden = !running;
    error.hidden = report.status !== "failed";
    error.textContent = report.error;
    if (report.download_url) {
      download.href = report.download_url;
      download.hidden = false;
    }
    return running;
  };

  const poll = async () => {
    try {
      const response = await fetch(box.dataset.statusUrl, { headers: { Accept: "application/json" } });
      if (response.ok && !show(await response.json())) return;
    } catch (_networkError) {
      // Offline for a moment: try again a little later.
    }
    delay = Math.min(delay * 1.5, 5000);
    window.setTimeout(poll, delay);
  };

  if (box.classList.contains("report-status--queued") || box.classList.contains("report-status--running")) {
    window.setTimeout(poll, delay);
  }
})();
