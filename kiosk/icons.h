// Pictograms from the Material Icons font (Debian fonts-material-design-icons-iconfont), as UTF-8.
#pragma once
#include <string>
#include <vector>

namespace bk::icon {

inline constexpr const char* Home = "\xee\xa2\x8a";         // e88a
inline constexpr const char* Back = "\xee\x97\x84";         // e5c4
inline constexpr const char* Speaker = "\xee\x81\x90";      // e050
inline constexpr const char* Stop = "\xee\x81\x87";         // e047
inline constexpr const char* Event = "\xee\xa1\xb8";        // e878
inline constexpr const char* Today = "\xee\xa3\x9f";        // e8df
inline constexpr const char* Groups = "\xef\x88\xb3";       // f233
inline constexpr const char* Restaurant = "\xee\x95\xac";   // e56c
inline constexpr const char* Palette = "\xee\x90\x8a";      // e40a
inline constexpr const char* Walk = "\xee\x94\xb6";         // e536
inline constexpr const char* SupportAgent = "\xef\x83\xa2"; // f0e2
inline constexpr const char* ChildCare = "\xee\xad\x81";    // eb41
inline constexpr const char* Info = "\xee\xa2\x8e";         // e88e
inline constexpr const char* Euro = "\xee\xa8\x95";         // ea15
inline constexpr const char* PrivacyTip = "\xef\x83\x9c";   // f0dc
inline constexpr const char* Phone = "\xee\x83\x8d";        // e0cd
inline constexpr const char* Call = "\xee\x82\xb0";         // e0b0
inline constexpr const char* Schedule = "\xee\xa2\xb5";     // e8b5
inline constexpr const char* Place = "\xee\x95\x9f";        // e55f
inline constexpr const char* People = "\xee\x9f\xbb";       // e7fb
inline constexpr const char* Person = "\xee\x9f\xbd";       // e7fd
inline constexpr const char* Backspace = "\xee\x85\x8a";    // e14a
inline constexpr const char* Shift = "\xee\x8c\x98";        // e318
inline constexpr const char* Check = "\xee\x97\x8a";        // e5ca
inline constexpr const char* Close = "\xee\x97\x8d";        // e5cd
inline constexpr const char* Lock = "\xee\xa2\x97";         // e897
inline constexpr const char* ChevronRight = "\xee\x97\x8c"; // e5cc
inline constexpr const char* Pause = "\xee\x80\xb4";        // e034
inline constexpr const char* Replay = "\xee\x81\x82";       // e042
inline constexpr const char* Translate = "\xee\xa3\xa2";    // e8e2
inline constexpr const char* Book = "\xee\xa8\x99";         // ea19
inline constexpr const char* Heart = "\xee\xa9\xb0";        // ea70 volunteer_activism
inline constexpr const char* Wallet = "\xee\xa1\x90";       // e850
inline constexpr const char* Health = "\xee\x87\x95";       // e1d5
inline constexpr const char* Work = "\xee\xa3\xb9";         // e8f9
inline constexpr const char* Family = "\xef\x86\xa2";       // f1a2
inline constexpr const char* Help = "\xee\xa2\x87";         // e887
inline constexpr const char* Chat = "\xee\x82\xb7";         // e0b7
inline constexpr const char* Contrast = "\xee\xac\xb7";     // eb37
inline constexpr const char* TextSize = "\xee\x89\x85";     // e245
inline constexpr const char* Campaign = "\xee\xbd\x89";     // ef49
inline constexpr const char* Add = "\xee\x85\x85";          // e145
inline constexpr const char* Remove = "\xee\x85\x9b";       // e15b
inline constexpr const char* Hourglass = "\xee\xa2\x8b";    // e88b
inline constexpr const char* Sync = "\xee\x98\xa7";         // e627
inline constexpr const char* Warning = "\xee\x80\x82";      // e002
inline constexpr const char* Cafe = "\xee\x95\x81";         // e541
inline constexpr const char* Play = "\xee\x80\xb7";         // e037
inline constexpr const char* VolumeDown = "\xee\x81\x8d";   // e04d

// True for a pictogram that points along the line (back, next, delete): a right-to-left screen
// shows it mirrored.
bool points_along_line(const char* icon);

// The pictogram for a name used in content (pages.json "icon"); Info when unknown.
const char* by_name(const std::string& name);
// Every pictogram above, so the font atlas holds exactly these glyphs.
const std::vector<const char*>& all();

} // namespace bk::icon
