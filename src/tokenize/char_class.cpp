#include "tokenize/char_class.h"

#include <utf8proc.h>

namespace chronicle::tokenize {

CharGroup char_group(char32_t cp) {
  if (cp > 0x10FFFF) return CharGroup::kOther;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return CharGroup::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharGroup::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharGroup::kDigit;
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CharGroup::kNumberOther;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharGroup::kPunct;
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      return CharGroup::kSymbol;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharGroup::kSpace;
    case UTF8PROC_CATEGORY_CF:
      return CharGroup::kFormat;
    default:
      return CharGroup::kOther;
  }
}

bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  if (cp == 0x85 || cp == 0xA0 || cp == 0x1680 || cp == 0x200B || cp == 0x2028 || cp == 0x2029 ||
      cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF)
    return true;
  return cp >= 0x2000 && cp <= 0x200A;
}

bool is_latin_accent(char32_t c) {
  return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0xFF) ||
         (c >= 0x100 && c <= 0x24F) || c == 0x253 || c == 0x254 || c == 0x256 || c == 0x257 || c == 0x259 ||
         c == 0x25B || c == 0x263 || c == 0x268 || c == 0x26F || c == 0x272 || c == 0x289 || c == 0x28B ||
         c == 0x2BB || (c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF);
}

bool is_emoji_base(char32_t c) {
  // Pictographic blocks; U+2xxx symbols that render as emoji mostly sit in
  // Misc Symbols / Dingbats and a handful of arrows and stars.
  if (c >= 0x1F000 && c <= 0x1FAFF) return !is_regional_indicator(c) && !is_skin_tone(c);
  if (c >= 0x2600 && c <= 0x27BF) return true;
  if (c >= 0x2B00 && c <= 0x2BFF) return c == 0x2B05 || c == 0x2B06 || c == 0x2B07 || c == 0x2B1B ||
                                         c == 0x2B1C || c == 0x2B50 || c == 0x2B55;
  if (c >= 0x2190 && c <= 0x21FF) return c <= 0x2199 || c == 0x21A9 || c == 0x21AA;
  return c == 0x203C || c == 0x2049 || c == 0x2122 || c == 0x2139 || c == 0x231A || c == 0x231B ||
         c == 0x2328 || c == 0x23CF || (c >= 0x23E9 && c <= 0x23FA) || c == 0x24C2 || c == 0x25AA ||
         c == 0x25AB || c == 0x25B6 || c == 0x25C0 || (c >= 0x25FB && c <= 0x25FE) || c == 0x2934 ||
         c == 0x2935 || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299 || c == 0xA9 || c == 0xAE;
}

}  // namespace chronicle::tokenize
