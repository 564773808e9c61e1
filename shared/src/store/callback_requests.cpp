// Storing a callback request and its outbox item together; the phone number is normalised.
#include "buurtkiosk/store/callback_requests.h"

#include "buurtkiosk/domain/person.h"
#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace bk {

bool is_part_of_day(const std::string& id) {
    return id == "morning" || id == "afternoon" || id == "evening" || id == "any";
}

CallbackReceipt CallbackRequests::submit(const CallbackRequest& request, TimePoint now) {
    if (request.topic_id.empty()) throw std::invalid_argument("callback: topic is empty");
    if (!is_part_of_day(request.part_of_day))
        throw std::invalid_argument("callback: part of day must be morning, afternoon, "
                                    "evening or any");
    if (request.form_token.empty()) throw std::invalid_argument("callback: form token is empty");
    PersonCheck person = check_person(request.first_name, request.phone, PhoneRule::Required);
    if (person.name_problem)
        throw std::invalid_argument("callback: " + name_problem_words(*person.name_problem));
    if (person.phone_problem)
        throw std::invalid_argument("callback: phone number refused: " + *person.phone_problem);

    Transaction transaction(db_);
    Statement earlier = db_.prepare("SELECT id FROM callback_requests WHERE form_token = ?");
    earlier.bind(1, request.form_token);
    if (earlier.step()) return {earlier.column_text(0), true};
    // Already delivered and deleted: the token lives on in no table, so a late double tap
    // after delivery would store a second request. The UI clears the form after success.

    CallbackReceipt receipt{make_uuid_v4(), false};
    const std::string created = format_utc(now);
    db_.prepare("INSERT INTO callback_requests (id, topic_id, first_name, phone, part_of_day, "
                "form_token, created_at) VALUES (?,?,?,?,?,?,?)")
        .bind(1, receipt.id)
        .bind(2, request.topic_id)
        .bind(3, person.first_name)
        .bind(4, *person.phone)
        .bind(5, request.part_of_day)
        .bind(6, request.form_token)
        .bind(7, created)
        .run();
    nlohmann::json body{{"id", receipt.id},
                        {"topic_id", request.topic_id},
                        {"first_name", person.first_name},
                        {"phone", *person.phone},
                        {"part_of_day", request.part_of_day},
                        {"created_at", created}};
    Outbox(db_).enqueue("callback_request", body.dump(), now, receipt.id);
    transaction.commit();
    return receipt;
}

int CallbackRequests::pending() const {
    return std::stoi(db_.query_text("SELECT count(*) FROM callback_requests"));
}

std::vector<WaitingCallbackRequest> CallbackRequests::waiting() const {
    std::vector<WaitingCallbackRequest> list;
    Statement rows = db_.prepare("SELECT id, topic_id, first_name, phone, part_of_day, created_at "
                                 "FROM callback_requests ORDER BY created_at, id");
    while (rows.step()) {
        WaitingCallbackRequest r{rows.column_text(0), rows.column_text(1), rows.column_text(2),
                                 rows.column_text(3), rows.column_text(4)};
        if (auto at = parse_utc(rows.column_text(5))) r.created_at = *at;
        list.push_back(std::move(r));
    }
    return list;
}

bool CallbackRequests::passed_on(const std::string& id) {
    Transaction transaction(db_);
    db_.prepare("DELETE FROM callback_requests WHERE id = ?").bind(1, id).run();
    if (db_.changes() == 0) return false;
    db_.prepare("DELETE FROM outbox WHERE kind = 'callback_request' AND record_id = ?")
        .bind(1, id)
        .run();
    transaction.commit();
    return true;
}

} // namespace bk
