#!/usr/bin/env node
// The installed command: runs the compiled CLI (npm run build writes dist/).
require('../dist/cli.js')
  .main(process.argv)
  .then((code) => {
    if (code !== 0) process.exit(code);
  });
