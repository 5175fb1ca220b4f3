// The controller's edits of the journey's stages: add (from the workbook's journey or one by one),
// rename, reorder and remove, each one undoable step.
#include "SessionController.h"

#include <algorithm>
#include <memory>

namespace cxm::ui {

bool SessionController::addStages(const std::vector<StageTemplate> &stages)
{
    if (stages.empty())
        return true;
    // Redo after undo brings back the same stages (same ids) rather than new ones.
    auto removed = std::make_shared<std::vector<StageRecord>>();
    auto ids = std::make_shared<std::vector<std::string>>();
    return edit(
        stages.size() == 1 ? tr("Add stage") : tr("Start from the workbook's journey"),
        [this, stages, removed, ids] {
            if (!removed->empty()) {
                for (auto it = removed->rbegin(); it != removed->rend(); ++it)
                    m_file->restoreStage(*it);
                removed->clear();
                return;
            }
            for (const auto &t : stages)
                ids->push_back(m_file->addStage(t.name, t.replaces, t.questions));
        },
        [this, removed, ids] {
            for (auto it = ids->rbegin(); it != ids->rend(); ++it)
                removed->push_back(m_file->removeStage(*it));
        });
}

bool SessionController::updateStage(const Stage &stage)
{
    const Stage *before = m_stored.findStage(stage.id);
    if (!before || *before == stage)
        return before != nullptr;
    const Stage old = *before;
    return edit(
        tr("Edit stage"), [this, stage] { m_file->updateStage(stage); },
        [this, old] { m_file->updateStage(old); });
}

bool SessionController::moveStage(const std::string &id, int delta)
{
    std::vector<std::string> before;
    for (const auto &s : m_stored.stages)
        before.push_back(s.id);
    const auto it = std::find(before.begin(), before.end(), id);
    if (it == before.end())
        return false;
    const auto from = static_cast<std::ptrdiff_t>(it - before.begin());
    const auto to = from + delta;
    if (to < 0 || to >= static_cast<std::ptrdiff_t>(before.size()))
        return true;
    std::vector<std::string> after = before;
    std::swap(after[static_cast<std::size_t>(from)], after[static_cast<std::size_t>(to)]);
    return edit(
        tr("Move stage"), [this, after] { m_file->setStageOrder(after); },
        [this, before] { m_file->setStageOrder(before); });
}

bool SessionController::removeStage(const std::string &id)
{
    auto record = std::make_shared<StageRecord>();
    return edit(
        tr("Remove stage"), [this, id, record] { *record = m_file->removeStage(id); },
        [this, record] { m_file->restoreStage(*record); });
}

} // namespace cxm::ui
