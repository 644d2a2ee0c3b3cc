// The one stylesheet, served as /style.css. Plain CSS: pages carry no script at all.
export const STYLESHEET = `
:root { --fg: #1d1f21; --dim: #6a737d; --line: #e1e4e8; --bg-soft: #f6f8fa; --add: #e6ffed; --del: #ffeef0;
  --error: #b31d28; --warning: #b08800; --info: #0366d6; --ok: #22863a; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, sans-serif; color: var(--fg); }
header { display: flex; justify-content: space-between; align-items: center; padding: 8px 16px; border-bottom: 1px solid var(--line); background: var(--bg-soft); }
header nav a.home { font-weight: 600; }
header input[type=search] { width: 28em; padding: 4px 8px; }
main { padding: 12px 16px 48px; max-width: 1200px; }
h1 { font-size: 20px; margin: 8px 0 12px; }
h2 { font-size: 16px; margin: 20px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
a { color: var(--info); text-decoration: none; }
a:hover { text-decoration: underline; }
.dim { color: var(--dim); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; background: var(--bg-soft); }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 12px; background: var(--bg-soft); border: 1px solid var(--line); margin-right: 4px; }
.badge.error { color: var(--error); border-color: var(--error); }
.badge.warning { color: var(--warning); border-color: var(--warning); }
.badge.info { color: var(--info); border-color: var(--info); }
.badge.ok { color: var(--ok); border-color: var(--ok); }
.timeline { display: flex; gap: 0; align-items: stretch; margin: 8px 0 16px; overflow-x: auto; }
.timeline .rev { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; min-width: 130px; background: var(--bg-soft); }
.timeline .rev.current { border-color: var(--info); }
.timeline .arrow { align-self: center; padding: 0 6px; color: var(--dim); }
.timeline .change { font-size: 12px; }
.tree { font-family: ui-monospace, monospace; font-size: 13px; white-space: pre; overflow-x: auto; }
.diff { font-family: ui-monospace, monospace; font-size: 12.5px; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; margin-bottom: 16px; }
.diff .file { background: var(--bg-soft); padding: 4px 8px; font-weight: 600; border-bottom: 1px solid var(--line); }
.diff .hunk { color: var(--dim); background: #f1f8ff; padding: 0 8px; }
.diff .line { white-space: pre; padding: 0 8px; display: flex; }
.diff .line .no { color: var(--dim); width: 4em; flex: none; text-align: right; padding-right: 8px; user-select: none; }
.diff .line.add { background: var(--add); }
.diff .line.del { background: var(--del); }
.note { margin: 4px 8px 6px 4.5em; padding: 6px 10px; border-left: 3px solid var(--info); background: #fff; white-space: normal; font-family: system-ui, sans-serif; font-size: 13px; }
.note.finding.error { border-color: var(--error); }
.note.finding.warning { border-color: var(--warning); }
.note.point { border-color: var(--ok); }
.note:target { outline: 2px solid var(--info); }
pre.body { white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: 12.5px; background: var(--bg-soft); padding: 8px; border-radius: 6px; }
.quote { color: var(--dim); }
ul.points { padding-left: 18px; }
.banner { padding: 6px 10px; border: 1px solid var(--warning); background: #fffbdd; margin-bottom: 12px; }
`;
