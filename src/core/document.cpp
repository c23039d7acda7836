#include "chronicle/document.h"

namespace chronicle {

const char* token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kHashtag: return "hashtag";
    case TokenKind::kMention: return "mention";
    case TokenKind::kEmoji: return "emoji";
    case TokenKind::kSymbol: return "symbol";
  }
  return "word";
}

namespace {
constexpr uint32_t kBlock = 64;
inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

CodepointIndex::CodepointIndex(std::string_view utf8) : text_(utf8) {
  for (unsigned char c : utf8) {
    if (c >= 0x80) {
      ascii_ = false;
      break;
    }
  }
  if (ascii_) return;
  sparse_.reserve(utf8.size() / kBlock + 1);
  uint32_t cp = 0;
  for (uint32_t i = 0; i < utf8.size(); ++i) {
    if (i % kBlock == 0) sparse_.push_back(cp);
    if (!is_continuation(static_cast<unsigned char>(utf8[i]))) ++cp;
  }
}

uint32_t CodepointIndex::operator()(uint32_t byte) const {
  if (ascii_) return byte;
  uint32_t block = byte / kBlock;
  uint32_t cp;
  uint32_t i;
  if (block < sparse_.size()) {
    cp = sparse_[block];
    i = block * kBlock;
  } else {  // byte == text size and a multiple of the block size
    cp = sparse_.empty() ? 0 : sparse_.back();
    i = sparse_.empty() ? 0 : (static_cast<uint32_t>(sparse_.size()) - 1) * kBlock;
  }
  for (; i < byte && i < text_.size(); ++i) {
    if (!is_continuation(static_cast<unsigned char>(text_[i]))) ++cp;
  }
  return cp;
}

}  // namespace chronicle
