#include "Args.h"

namespace cxm::cli {

std::optional<std::string> Args::value(const std::string &option) const
{
    const auto it = values.find(option);
    return it == values.end() ? std::nullopt : std::optional(it->second);
}

Args parseArgs(const std::vector<std::string> &argv, std::initializer_list<std::string_view> withValue,
               std::initializer_list<std::string_view> flags)
{
    const auto among = [](std::initializer_list<std::string_view> names, std::string_view name) {
        for (auto n : names)
            if (n == name)
                return true;
        return false;
    };
    Args a;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string name = argv[i] == "--output" ? "-o" : argv[i];
        if (among(withValue, name)) {
            if (i + 1 >= argv.size())
                throw UsageError{Cli::tr("%1 needs a value").arg(argv[i])};
            a.values[name] = argv[++i];
        } else if (among(flags, name)) {
            a.flags.insert(name);
        } else if (name.size() > 1 && name[0] == '-') {
            throw UsageError{Cli::tr("unknown option %1").arg(argv[i])};
        } else {
            a.positional.push_back(argv[i]);
        }
    }
    return a;
}

} // namespace cxm::cli
