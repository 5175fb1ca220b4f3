// The merge's planner, shared by Merge.cpp (the answers, the session's details, the plan) and
// MergeMatch.cpp (who is who, which stage is which). Used by the merge only.
#pragma once

#include "Merge.h"
#include "MergeWords.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace cxm::merge {

// Where each input's participants and stages went in the merged session.
struct InputMap
{
    std::unordered_map<std::string, std::string> people;
    std::unordered_map<std::string, std::string> stages;
    std::string stage(const std::string &id) const
    {
        const auto it = stages.find(id);
        return it == stages.end() ? id : it->second;
    }
    std::string person(const std::string &id) const
    {
        const auto it = people.find(id);
        return it == people.end() ? id : it->second;
    }
};

class Planner
{
public:
    Planner(const std::vector<MergeInput> &inputs, const Instrument &instrument, MergePlan &plan)
        : m_inputs(inputs)
        , m_instrument(instrument)
        , m_plan(plan)
        , m_maps(inputs.size())
        , m_words(instrument, plan.merged)
    {}

    void people(const std::set<std::size_t> &confirmed);
    void stages();
    void info();
    void absences();
    void plan();
    template<class T>
    void answers(std::vector<T> Session::*member);

private:
    const std::string &label(std::size_t input) const { return m_plan.labels[input]; }

    const std::vector<MergeInput> &m_inputs;
    const Instrument &m_instrument;
    MergePlan &m_plan;
    std::vector<InputMap> m_maps;
    MergeWords m_words;
};

} // namespace cxm::merge
