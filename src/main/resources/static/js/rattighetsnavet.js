// Progressive enhancement only: every page works without this script.
(function () {
  'use strict';

  // htmx requests carry the CSRF token of the page.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Move focus to an error summary so keyboard and screen reader users hear what went wrong.
  function focusErrors(root) {
    var summary = (root || document).querySelector('.error-summary[tabindex]');
    if (summary) {
      summary.focus();
    }
  }

  // Draws a chart from the table it stands for, so the table stays the source of truth (WCAG 1.1.1).
  function drawCharts(root) {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    (root || document).querySelectorAll('canvas[data-chart-source]').forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      var table = document.querySelector(canvas.dataset.chartSource);
      if (!table) {
        return;
      }
      var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
      var rows = table.querySelectorAll('tbody tr');
      var labels = [];
      var series = headers.slice(1).map(function (label) { return { label: label, data: [] }; });
      rows.forEach(function (row) {
        labels.push(row.querySelector('th, td').textContent.trim());
        row.querySelectorAll('td[data-value]').forEach(function (cell, index) {
          if (series[index]) {
            series[index].data.push(cell.dataset.value === '' ? null : Number(cell.dataset.value));
          }
        });
      });
      var palette = ['#12355b', '#b3541e', '#1d6b35', '#5b3c88', '#0b57a4', '#7a5c00'];
      series.forEach(function (s, i) {
        s.borderColor = palette[i % palette.length];
        s.backgroundColor = palette[i % palette.length];
        s.spanGaps = false;
        s.pointRadius = 2;
      });
      canvas.dataset.drawn = 'true';
      new window.Chart(canvas, {
        type: canvas.dataset.chart || 'line',
        data: { labels: labels, datasets: series },
        options: { responsive: true, maintainAspectRatio: true, animation: false, locale: document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE',
          plugins: { legend: { display: series.length > 1 } } }
      });
    });
  }

  function enhance(root) {
    drawCharts(root);
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhance(document);
    focusErrors(document);
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    enhance(event.detail.target);
  });
})();
