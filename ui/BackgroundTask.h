// Runs a long job (a report of many pages, a large export) on a worker thread while the window keeps
// painting, with a progress dialog when it takes long enough to notice. The job must not touch
// widgets; it gets copies of what it needs. Exceptions thrown by the job reach the caller.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace cxm::ui {

// Returns when the job has finished; rethrows what it threw. The window is blocked for input
// (window-modal progress) but not frozen: it repaints and the progress dialog animates.
void runInBackground(QWidget *parent, const QString &label, const std::function<void()> &job);

// How long a job runs before its progress dialog shows (400 ms: only a job long enough to notice);
// tests set it to 0 to see the dialog whatever the machine's speed.
extern int progressDelayMs;

} // namespace cxm::ui
