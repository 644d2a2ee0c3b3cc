/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _WIDGET_H
#define _WIDGET_H

struct widget {
	int id;
	int state;
};

void widget_reset(struct widget *w);
int widget_start(struct widget *w);

#endif /* _WIDGET_H */
