package id.jaring.enrollment.web;

import id.jaring.enrollment.EnrolmentExit;
import id.jaring.enrollment.ExitActions;

/** An exit with the buttons the current user gets for it. */
record ExitRow(EnrolmentExit exit, ExitActions actions) {
}
