#include "BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <exception>
#include <memory>

namespace cxm::ui {

int progressDelayMs = 400;

void runInBackground(QWidget *parent, const QString &label, const std::function<void()> &job)
{
    std::exception_ptr failure;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        try {
            job();
        } catch (...) {
            failure = std::current_exception();
        }
    }));

    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(progressDelayMs);
    progress.setCancelButton(nullptr);
    progress.setAutoClose(false);
    progress.setValue(0);

    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    if (!worker->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    progress.reset();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace cxm::ui
