// Parses every card JSON file in the folder given as argument with the official adaptivecards library
// (the parser Teams-like clients use), targeting schema 1.5, and prints each validation problem as
// "file: [type] message". Exit code 1 when any card has a problem, 2 when the folder is missing.
//
// Teams' charts (Chart.Line) are newer than this parser: it reports each as an unknown element type and
// renders the chart's fallback instead, as a client without charts would. Exactly that report is accepted,
// once per chart, and only for a Chart.Line whose fallback is a Container with an id that the parsed card
// holds in the chart's place (printed as "file: Chart.Line shown as its fallback ID"). Any other unknown
// type, and a chart without such a fallback, stays a problem.
"use strict";
const fs = require("fs");
const path = require("path");
global.window = global.window || {};
const AC = require("./node_modules/adaptivecards/dist/adaptivecards.js");

const CHART_TYPES = new Set(["Chart.Line"]);

const folder = process.argv[2];
if (!folder || !fs.existsSync(folder)) {
  console.error("usage: node validate-cards.js FOLDER");
  process.exit(2);
}

/** Every object in the card JSON whose type is one of Teams' charts. */
function charts(node, found = []) {
  if (Array.isArray(node)) {
    node.forEach((child) => charts(child, found));
  } else if (node && typeof node === "object") {
    if (CHART_TYPES.has(node.type)) {
      found.push(node);
    }
    Object.values(node).forEach((child) => charts(child, found));
  }
  return found;
}

const files = fs.readdirSync(folder).filter((f) => f.endsWith(".json")).sort();
let problems = 0;
for (const file of files) {
  const json = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const events = context.eventCount > 0 ? Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i)) : [];
  const validation = card.validateProperties();
  const failures = [];
  const shownAsFallback = [];
  for (const chart of charts(json)) {
    const fallback = chart.fallback;
    const id = fallback && typeof fallback === "object" && fallback.type === "Container" ? fallback.id : undefined;
    const used = id ? card.getElementById(id) : undefined;
    if (!(used instanceof AC.Container)) {
      continue;
    }
    const unknown = `Unknown element type "${chart.type}". Fallback will be used if present.`;
    const at = events.findIndex((e) => e.event === AC.ValidationEvent.UnknownElementType && e.message === unknown);
    if (at >= 0) {
      events.splice(at, 1);
      shownAsFallback.push(`${chart.type} shown as its fallback ${id}`);
    }
  }
  for (const e of events) {
    failures.push(`[parse ${AC.ValidationEvent[e.event]}] ${e.message}`);
  }
  for (const e of validation.validationEvents) {
    failures.push(`[${AC.ValidationEvent[e.event]}] ${e.message}`);
  }
  for (const s of shownAsFallback) {
    console.log(`${file}: ${s}`);
  }
  for (const f of failures) {
    console.log(`${file}: ${f}`);
  }
  problems += failures.length;
}
console.log(`checked ${files.length} cards, ${problems} problems`);
process.exit(problems > 0 ? 1 : 0);
