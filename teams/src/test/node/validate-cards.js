// Parses every card JSON file in the folder given as argument with the official adaptivecards library
// (the parser Teams-like clients use), targeting schema 1.5, and prints each validation problem as
// "file: [type] message". Exit code 1 when any card has a problem, 2 when the folder is missing.
"use strict";
const fs = require("fs");
const path = require("path");
global.window = global.window || {};
const AC = require("./node_modules/adaptivecards/dist/adaptivecards.js");

const folder = process.argv[2];
if (!folder || !fs.existsSync(folder)) {
  console.error("usage: node validate-cards.js FOLDER");
  process.exit(2);
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
  for (const e of events) {
    failures.push(`[parse ${AC.ValidationEvent[e.event]}] ${e.message}`);
  }
  for (const e of validation.validationEvents) {
    failures.push(`[${AC.ValidationEvent[e.event]}] ${e.message}`);
  }
  for (const f of failures) {
    console.log(`${file}: ${f}`);
  }
  problems += failures.length;
}
console.log(`checked ${files.length} cards, ${problems} problems`);
process.exit(problems > 0 ? 1 : 0);
