// The masking of participants' names in free text, for the anonymous report.
#include "NameMask.h"

#include <catch2/catch.hpp>

using namespace cxm;

TEST_CASE("full names, first names and surnames are masked as whole words, whatever their case")
{
    const NameMask mask({"Ben Cho", "Ana Ortiz"});
    CHECK(mask.mask("Ben Cho disagreed strongly") == "[participant] disagreed strongly");
    CHECK(mask.mask("ben cho and ANA ORTIZ agreed") == "[participant] and [participant] agreed");
    CHECK(mask.mask("Ben thinks so; Cho too.") == "[participant] thinks so; [participant] too.");
    CHECK(mask.mask("Ben's team") == "[participant]'s team");
    CHECK(mask.mask("ask ana@example.com") == "ask [participant]@example.com");
    // Inside another word, a name is not a name.
    CHECK(mask.mask("Benefits of analysis, Banana") == "Benefits of analysis, Banana");
    CHECK_FALSE(mask.containsName("Benefits"));
    CHECK(mask.containsName("BEN"));
}

TEST_CASE("a full name split over lines or spaces is still one name")
{
    const NameMask mask({"Ben Cho"});
    CHECK(mask.mask("said Ben\n  Cho.") == "said [participant].");
    CHECK(mask.mask("said Ben\u00A0Cho") == "said [participant]"); // a no-break space
}

TEST_CASE("accents, other scripts and decomposed characters")
{
    const NameMask mask({"Élif Yılmaz", "Zoë Ångström", "Дмитрий Иванов"});
    CHECK(mask.mask("ELIF YILMAZ said") == "[participant] said");
    CHECK(mask.mask("elif said") == "[participant] said");
    CHECK(mask.mask("yilmaz said") == "[participant] said");
    CHECK(mask.mask("Zoe\u0308 agreed") == "[participant] agreed"); // e + combining diaeresis
    CHECK(mask.mask("ZOË, angstrom") == "[participant], [participant]");
    CHECK(mask.mask("ДМИТРИЙ сказал") == "[participant] сказал");
    CHECK(mask.mask("иванов") == "[participant]");
    // Text around a masked name keeps its own bytes exactly.
    CHECK(mask.mask("Größe: Élif — ok") == "Größe: [participant] — ok");
}

TEST_CASE("the longest name wins, and initials alone are not guessed at")
{
    const NameMask mask({"Anne Marie Dubois", "Anne Smith", "J. Lee"}, "[masked]");
    CHECK(mask.mask("Anne Marie Dubois and Anne") == "[masked] and [masked]");
    CHECK(mask.mask("J. Lee, then Lee, then J.") == "[masked], then [masked], then J.");
}

TEST_CASE("a first name two participants share is masked too")
{
    const NameMask mask({"Maria Silva", "Maria Costa"});
    CHECK(mask.mask("Maria said") == "[participant] said");
}

TEST_CASE("invalid UTF-8 and empty names")
{
    const NameMask mask({"", "  ", "Ben Cho"});
    const std::string bad = std::string("x\xff") + "Ben y\xc3";
    CHECK(mask.mask(bad) == std::string("x\xff") + "[participant] y\xc3");
    const NameMask none({});
    CHECK(none.mask("Ben Cho") == "Ben Cho");
}

TEST_CASE("many participants and a long text: every occurrence, once")
{
    std::vector<std::string> names;
    for (int i = 0; i < 500; ++i)
        names.push_back("Person" + std::to_string(i) + " Family" + std::to_string(i));
    const NameMask mask(names);
    std::string text;
    for (int i = 0; i < 500; ++i)
        text += "person" + std::to_string(i) + " spoke. ";
    const std::string masked = mask.mask(text);
    CHECK(masked.find("person") == std::string::npos);
    std::size_t count = 0;
    for (auto at = masked.find("[participant]"); at != std::string::npos;
         at = masked.find("[participant]", at + 1))
        ++count;
    CHECK(count == 500);
}
