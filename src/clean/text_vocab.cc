#include "clean/text_vocab.h"

#include <initializer_list>

#include "common/word_hash.h"

namespace vigil {
namespace {

// A WordList turns most words that are not listed away before hashing them:
// most words InVocab is asked about are in no class.
WordList Make(std::initializer_list<std::string_view> words) { return WordList(words); }

// The lists in the order of VocabClass, built at the first call.
const WordList* const* AllSets() {
  static const WordList kLabel = Make(
      {"navigation", "menu",        "home",          "search",        "skip",
       "share",      "shares",      "shared",        "tweet",         "print",
       "email",      "e-mail",      "mail",          "whatsapp",      "telegram",
       "facebook",   "twitter",     "linkedin",      "reddit",        "pinterest",
       "instagram",  "youtube",     "tiktok",        "messenger",     "comments",
       "comment",    "related",     "read",          "advertisement", "advertisements",
       "advert",     "ad",          "ads",           "sponsored",     "promoted",
       "source",     "link",        "links",         "tags",          "tag",
       "tagged",     "topics",      "categories",    "category",      "filed",
       "newsletter", "newsletters", "subscribe",     "subscription",  "login",
       "logout",     "log",         "sign",          "register",      "follow",
       "loading",    "powered",     "translation",   "translated",    "automated",
       "automatic",  "machine",     "copyright",     "reserved",      "rights",
       "cookies",    "cookie",      "privacy",       "policy",        "terms",
       "trending",   "popular",     "latest",        "recommended",   "gallery",
       "photos",     "photo",       "images",        "videos",        "credit",
       "credits",    "caption",     "click",         "tap",           "continue",
       "reading",    "next",        "previous",      "prev",          "sitemap",
       "contact",    "reply",       "replies",       "leave",         "discussion",
       "listen",     "download",    "app",           "bookmark",      "save",
       "copy",       "copied",      "url",           "rss",           "feed",
       "breaking",   "news",        "updates",       "stories",       "articles",
       "posts",      "headlines",   "donate",        "toggle",        "close",
       "expand",     "collapse",    "show",          "hide",          "view",
       "jump",       "author",      "editor",        "disclaimer",    "advertise",
       "print",      "font",        "size",          "logo",          "top",
       "back",       "scroll",      "notifications", "alerts",        "podcast",
       "podcasts",   "watch",       "video",         "image"});
  static const WordList kFiller = Make(
      {"a",     "an",    "the",       "to",        "of",      "on",    "in",    "for",
       "by",    "and",   "or",        "with",      "this",    "that",  "these", "us",
       "our",   "your",  "you",       "all",       "now",     "also",  "see",   "may",
       "like",  "it",    "is",        "are",       "at",      "from",  "up",    "out",
       "here",  "more",  "most",      "page",      "article", "story", "post",  "content",
       "main",  "site",  "section",   "full",      "free",    "get",   "we",    "open",
       "&",     "go",    "daily",     "today",     "new",     "join",  "must",  "don't",
       "miss",  "min",   "mins",      "minute",    "minutes", "hour",  "hours", "ago",
       "below", "above", "continues", "published", "updated"});
  static const WordList kReadMore =
      Make({"read", "related", "recommended", "trending", "popular", "latest", "stories",
            "articles", "headlines", "posts", "also", "more", "see", "must", "miss"});
  static const WordList kComment = Make(
      {"comments", "comment", "discussion", "reply", "replies", "responses", "response"});
  static const WordList kCallVerb =
      Make({"join",     "subscribe", "follow",   "share",   "sign",  "click", "tap",
            "download", "donate",    "register", "like",    "log",   "read",  "watch",
            "listen",   "visit",     "get",      "support", "check", "stay",  "never"});
  static const WordList kCallObject = Make(
      {"channel",       "channels", "newsletter", "newsletters",  "telegram", "facebook",
       "twitter",       "whatsapp", "youtube",    "instagram",    "tiktok",   "linkedin",
       "app",           "here",     "link",       "podcast",      "updates",  "inbox",
       "notifications", "alerts",   "feed",       "us",           "our",      "article",
       "story",         "rest",     "below",      "subscription", "email",    "page",
       "website",       "site"});
  static const WordList kCredit = Make(
      {"via",        "file",      "photo",     "photos",   "photograph", "image",
       "images",     "credit",    "courtesy",  "released", "handout",    "screenshot",
       "screengrab", "supplied",  "picture",   "pictures", "getty",      "shutterstock",
       "istock",     "wikimedia", "wikipedia", "pool",     "afp/getty",  "ap/file"});
  static const WordList kCaptionLead =
      Make({"file", "photo", "photos", "image", "picture", "caption", "graphic",
            "photograph", "video", "watch", "listen", "credit", "pictured", "above",
            "top", "main", "inset"});
  static const WordList kDatelineLead =
      Make({"published", "updated", "posted", "date", "dated", "last", "first", "created",
            "modified", "issued"});
  static const WordList kCreditLead =
      Make({"reporting", "editing", "writing", "additional", "written", "compiled",
            "translated", "edited", "produced"});
  // In the order of VocabClass.
  static const WordList* const kSets[] = {
      &kLabel,      &kFiller, &kReadMore,    &kComment,      &kCallVerb,
      &kCallObject, &kCredit, &kCaptionLead, &kDatelineLead, &kCreditLead};
  return kSets;
}

// One initialisation check per call instead of one per list.
const WordList& Set(VocabClass cls) {
  static const WordList* const* const kSets = AllSets();
  return *kSets[static_cast<int>(cls)];
}

}  // namespace

bool InVocab(VocabClass cls, std::string_view word) { return Set(cls).Contains(word); }

}  // namespace vigil
