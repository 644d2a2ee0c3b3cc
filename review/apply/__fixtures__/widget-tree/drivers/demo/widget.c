// SPDX-License-Identifier: GPL-2.0
/* A widget with a state machine: the library half of the simulated-application fixture. */
#include <linux/mm.h>
#include "widget.h"

#define WIDGET_IDLE	0
#define WIDGET_RUNNING	1

void widget_reset(struct widget *w)
{
	w->state = WIDGET_IDLE;
}

int widget_start(struct widget *w)
{
	if (w->state == WIDGET_RUNNING)
		return -EBUSY;
	w->state = WIDGET_RUNNING;
	return 0;
}
