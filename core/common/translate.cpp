#include "common/translate.h"

namespace kestrel::core {

std::string trText(const char* context, const char* sourceText, int n)
{
    return QCoreApplication::translate(context, sourceText, nullptr, n).toStdString();
}

std::string fillArgs(std::string_view text, std::initializer_list<TrArg> args)
{
    std::string out;
    out.reserve(text.size() + 16 * args.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t percent = text.find('%', i);
        if (percent == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        out.append(text.substr(i, percent - i));
        std::size_t p = percent + 1;
        if (p < text.size() && text[p] == 'L') {
            ++p;
        }
        std::size_t number = 0;
        const std::size_t digitsStart = p;
        while (p < text.size() && p - digitsStart < 2 && text[p] >= '0' && text[p] <= '9') {
            number = number * 10 + static_cast<std::size_t>(text[p] - '0');
            ++p;
        }
        if (p == digitsStart || number == 0 || number > args.size()) {
            out.push_back('%'); // not a placeholder, or one without an argument: kept as written
            i = percent + 1;
            continue;
        }
        out.append((args.begin() + (number - 1))->text());
        i = p;
    }
    return out;
}

} // namespace kestrel::core
