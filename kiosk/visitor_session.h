// What one visitor has typed or chosen in the forms: kept between frames, wiped by the privacy
// reset (it lives in VisitorState) and never written to disk or logs.
#pragma once
#include "buurtkiosk/domain/calendar.h"
#include "widgets/keyboard.h"

#include <optional>
#include <string>

namespace bk {

// Which text field the on-screen keyboard types into.
enum class FormField { None, FirstName, Phone, Code };

struct SignUpForm {
    std::string activity_id; // the form belongs to this occurrence; another one starts afresh
    Date date{};
    std::string first_name;
    int people = 1;
    std::string phone;
    FormField focus = FormField::None; // a big screen starts typing the name
    bool typing = false; // on a low screen: the typing step of `focus` (a field was tapped)
    std::string token;   // the form's UUID, sent with the sign-up: a second confirm stores nothing
    // Plain-language messages that name the field and the problem; empty when all is well.
    std::string name_error, phone_error, general_error;
    bool empty() const { return first_name.empty() && phone.empty() && people == 1; }
};

// What the confirmation screen shows; only the code and the list, no name or phone.
struct SignUpReceiptView {
    std::string activity_id;
    Date date{};
    std::string code;
    bool waiting_list = false;
    // Confirmed on a count that may miss other kiosks' sign-ups: the hub may still put it on
    // the waiting list, and the screen says so instead of promising the place.
    bool provisional = false;
};

// What a code belongs to, shown with "Wilt u dit afmelden?": never the name or phone number.
struct CancelQuestion {
    std::string code; // normalised
    std::string activity_id;
    Date date{};
    int people = 1;
};

struct CancelForm {
    std::string code;
    std::string error;                      // e.g. the code is unknown; nothing changed
    std::optional<CancelQuestion> question; // the code was found: Ja or Nee first
    bool cancelled = false;                 // the last code typed was cancelled
    bool typing = true; // on a low screen: the typing step, else the field and "Meld mij af"
    bool empty() const { return code.empty() && error.empty() && !question && !cancelled; }
};

struct CallbackForm {
    int step = 0; // 0 topic, 1 name and phone, 2 part of day and consent
    std::string topic;
    std::string first_name;
    std::string phone;
    std::string part_of_day; // morning | afternoon | evening
    bool consent = false;
    FormField focus = FormField::None; // a big screen starts typing the name
    bool typing = false; // on a low screen: the typing step of `focus` (a field was tapped)
    std::string token;
    std::string name_error, phone_error, part_error, consent_error, general_error;
    bool empty() const {
        return step == 0 && topic.empty() && first_name.empty() && phone.empty() &&
               part_of_day.empty() && !consent;
    }
};

struct VisitorForms {
    SignUpForm sign_up;
    SignUpReceiptView receipt;
    CancelForm cancel;
    CallbackForm callback;
    KeyboardState keyboard;
    // True when something typed or chosen would be left behind for the next visitor.
    bool any_open() const { return !sign_up.empty() || !cancel.empty() || !callback.empty(); }
};

} // namespace bk
