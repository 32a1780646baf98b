// TeX -> SVG with the MathJax 3 the project installs from npm (package.json), for the grader's
// feedback pages: the math is rendered once, on the grader's side, so the page runs no script.
// Usage: node tex2svg.js <node_modules/mathjax>; stdin: [[tex, display], ...]; stdout: [svg|null].
// Only the TeX packages below: no \href, \class, \style, \require (html, action, autoload).
const root = process.argv[2];
require(root + '/es5/node-main.js').init({
  loader: {
    paths: {mathjax: root + '/es5'},
    load: ['input/tex-base', '[tex]/ams', '[tex]/newcommand', '[tex]/noundefined',
           '[tex]/boldsymbol', 'output/svg', 'adaptors/liteDOM'],
  },
  tex: {packages: ['base', 'ams', 'newcommand', 'noundefined', 'boldsymbol'], maxMacros: 1000,
        maxBuffer: 20 * 1024},
  svg: {fontCache: 'local'},
  startup: {typeset: false},
}).then((MathJax) => {
  let data = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { data += chunk; });
  process.stdin.on('end', () => {
    const out = JSON.parse(data).map(([tex, display]) => {
      try {
        MathJax.texReset();
        return MathJax.startup.adaptor.outerHTML(MathJax.tex2svg(String(tex), {display: !!display}));
      } catch (e) {
        return null;
      }
    });
    process.stdout.write(JSON.stringify(out));
  });
}).catch((e) => { process.stderr.write(String(e && e.message)); process.exit(1); });
