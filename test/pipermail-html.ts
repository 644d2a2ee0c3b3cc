// Renders a message the way Mailman 2's pipermail shows it on a message page, for archive tests: the
// sender obfuscated as "user at domain", the body HTML-escaped with quoted lines in <i>, and the reply link
// carrying the message's own id only when it is given.
export interface PageFields {
  subject: string;
  fromName: string;
  /** As pipermail prints it: `user at domain`. */
  address: string;
  /** pipermail's date form: `Mon Sep 15 08:04:44 PDT 2025`. */
  date: string;
  body: string;
  list: string;
  messageId?: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function articleHtml(body: string): string {
  return body
    .split('\n')
    .map((line) => (line.startsWith('>') ? `&gt;<i>${escape(line.slice(1))}\n</I>` : `${escape(line)}\n`))
    .join('');
}

export function renderPipermailPage(p: PageFields): string {
  const reply = `mailto:${encodeURIComponent(`${p.list}@lists.example.org`)}?Subject=${encodeURIComponent(`Re: ${p.subject}`)}&In-Reply-To=${p.messageId ? encodeURIComponent(`<${p.messageId}>`) : ''}`;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
 <HEAD>
   <TITLE> ${escape(p.subject)}
   </TITLE>
   <LINK REL="Index" HREF="index.html" >
   <LINK REL="made" HREF="${reply}">
 </HEAD>
 <BODY BGCOLOR="#ffffff">
   <H1>${escape(p.subject)}</H1>
    <B>${escape(p.fromName)}</B> 
    <A HREF="${reply}"
       TITLE="${escape(p.subject)}">${escape(p.address)}
       </A><BR>
    <I>${p.date}</I>
    <HR>  
<!--beginarticle-->
<PRE>${articleHtml(p.body)}
</PRE>

<!--endarticle-->
    <HR>
<hr>
<a href="https://lists.example.org/mailman/listinfo/${p.list}">More information about the ${p.list}
mailing list</a><br>
</body></html>
`;
}
