// Typst's PDF-only time for bench/compare.sh, through typst.ts (Typst compiled as a Node add-on; the Typst CLI is
// not packaged for this machine's registries). Usage: node typst-pdf.cjs main.typ out.pdf fontdir
// The module is found through NODE_PATH (compare.sh installs it into a cache folder with npm).
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const fs = require('fs');
const path = require('path');
const [main, out, fonts] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: path.dirname(path.resolve(main)), fontArgs: [{ fontPaths: [fonts] }] });
fs.writeFileSync(out, compiler.pdf({ mainFilePath: path.resolve(main) }));
