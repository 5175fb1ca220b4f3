// The room's answers in the window: the answers from phones that arrived together are one commit,
// each its own step of Edit → Undo, and the stored session is patched from them instead of being
// read again (AnswerEdit.h). The rest of SessionController is in SessionController.cpp.
#include "SessionController.h"

namespace cxm::ui {

bool SessionController::storeAnswers(const std::vector<AnswerEdit> &answers,
                                     const std::function<void()> &beforeCommit)
{
    struct Done
    {
        AnswerEdit after;
        AnswerEdit before;
        std::string note;
    };
    std::vector<Done> done;
    bool replaced = false;
    const bool ok = run(
        [&] {
            m_file->batch([&] {
                SessionPatch patch(m_stored, m_instrument);
                for (const AnswerEdit &a : answers) {
                    Done d{a, storedEdit(m_stored, a), noteOf(m_stored, a)};
                    writeAnswer(*m_file, a, d.note);
                    patch.apply(a, d.note);
                    done.push_back(std::move(d));
                }
                if (beforeCommit)
                    beforeCommit();
            });
        },
        &replaced);
    if (!ok) {
        if (!replaced)
            reload(); // rolled back: the stored session is read again (the rare path)
        return false;
    }
    for (Done &d : done) {
        const WorksheetKind kind = d.after.worksheet->kind;
        const QString text = kind == WorksheetKind::Scale     ? tr("Set rating")
                             : kind == WorksheetKind::Ranking ? tr("Rank")
                             : kind == WorksheetKind::Tracked ? tr("Answer metric")
                                                              : tr("Answer readiness question");
        pushDone(
            text, [this, after = d.after, note = d.note] { writeAnswer(*m_file, after, note); },
            [this, before = std::move(d.before), note = d.note] { writeAnswer(*m_file, before, note); });
    }
    derive();
    emit sessionChanged();
    return true;
}

} // namespace cxm::ui
