// SPDX-License-Identifier: GPL-2.0
/* A user of the widget library: calls widget_reset() from another file. */
#include "widget.h"

static struct widget the_widget;

int user_restart(void)
{
	widget_reset(&the_widget);
	return widget_start(&the_widget);
}
