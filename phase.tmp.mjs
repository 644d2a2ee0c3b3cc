// run the CLI's review in-process with phase timings
let t=performance.now(); const t00=t;
const lap=(l)=>{const n=performance.now(); console.error(l.padEnd(20),(n-t).toFixed(0)); t=n;};
const { loadReviews } = await import('./dist/cli/commands/review-input.js'); lap('import input');
const { drawReview } = await import('./dist/review/render/review-text.js'); const { colors } = await import('./dist/review/render/colors.js'); lap('import render');
const r = await loadReviews(['3c964ab5fb61'], { db: process.argv[2], revision: 2 }); lap('loadReviews');
const out = r.reviews.map((x) => drawReview(x, colors(false))).join('\n'); lap('render');
console.error('total', (performance.now()-t00).toFixed(0));
