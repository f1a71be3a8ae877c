// Validates a Teams app manifest against the schema bundled in @microsoft/app-manifest (works offline).
// Prints each error; exit code 1 when there are any.
"use strict";
const fs = require("fs");
const { AppManifestUtils } = require("@microsoft/app-manifest");

const file = process.argv[2];
const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
AppManifestUtils.validateAgainstSchema(manifest).then(
  (errors) => {
    errors.forEach((e) => console.log(e));
    console.log(`${errors.length} errors`);
    process.exit(errors.length > 0 ? 1 : 0);
  },
  (failure) => {
    console.log(`validation failed: ${failure}`);
    process.exit(3);
  });
