import { describe, expect, it } from 'vitest';
import { indexDiff, locateQuotedDiff } from './diff-line-index.js';

const DIFF = `diff --git a/mm/util.c b/mm/util.c
index 1111111..2222222 100644
--- a/mm/util.c
+++ b/mm/util.c
@@ -20,7 +20,8 @@ int helper(void)
 {
 	int err = 0;
-	err = old_call();
+	err = new_call();
+	return err;
 }
 
 int other(void)
@@ -40,3 +41,4 @@ int other(void)
 {
+	return 0;
 }
 
`;

describe('locateQuotedDiff', () => {
  const index = indexDiff(DIFF);

  it('puts an added line at its post-image line, with file and hunk', () => {
    expect(locateQuotedDiff(index, ['+\terr = new_call();'])).toEqual({ file: 'mm/util.c', hunk: '@@ -20,7 +20,8 @@ int helper(void)', line: 22, firstLine: 22, matched: 1 });
  });

  it('puts a removed line where it was removed in the post-image', () => {
    expect(locateQuotedDiff(index, ['-\terr = old_call();'])?.line).toBe(22);
  });

  it('tells identical lines apart by the quoted lines above them', () => {
    expect(locateQuotedDiff(index, [' {', '+\treturn 0;', ' }'])).toMatchObject({ line: 43, firstLine: 41, hunk: '@@ -40,3 +41,4 @@ int other(void)', matched: 3 });
    expect(locateQuotedDiff(index, ['+\treturn err;', ' }'])).toMatchObject({ line: 24, matched: 2 });
  });

  it('does not care that the mail client turned tabs into spaces', () => {
    expect(locateQuotedDiff(index, ['+        err = new_call();'])?.line).toBe(22);
  });

  it('skips a last line that matches nothing and uses the one above it', () => {
    expect(locateQuotedDiff(index, ['+\treturn err;', '+\tthis line was edited by the reviewer'])?.line).toBe(23);
  });

  it('finds nothing for prose or diff headers', () => {
    expect(locateQuotedDiff(index, ['This is prose.', '+++ b/mm/util.c'])).toBeNull();
  });
});
