#include "buurtkiosk/store/local_activities.h"

#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/protocol/wire.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"

#include <stdexcept>

namespace bk {

void LocalActivities::insert(const LocalActivity& a) {
    db_.prepare("INSERT OR IGNORE INTO local_activities (id, title, date, start, end, capacity, "
                "category, pictogram, created_at) VALUES (?,?,?,?,?,?,?,?,?)")
        .bind(1, a.id)
        .bind(2, a.title)
        .bind(3, format_date_iso(a.date))
        .bind(4, format_time(a.start))
        .bind(5, format_time(a.end))
        .bind(6, a.capacity ? std::optional<std::int64_t>(*a.capacity) : std::nullopt)
        .bind(7, category_id(a.category))
        .bind(8, a.pictogram)
        .bind(9, a.created_at)
        .run();
}

LocalActivity LocalActivities::add(LocalActivity activity, TimePoint now) {
    activity.id = "lokaal-" + make_uuid_v4();
    activity.created_at = format_utc(now);
    if (auto problem = local_activity_problem(activity))
        throw std::invalid_argument("quick activity: " + *problem);
    Transaction transaction(db_);
    insert(activity);
    Outbox(db_).enqueue("local_activity", wire::to_json(activity).dump(), now, activity.id);
    transaction.commit();
    return activity;
}

void LocalActivities::keep_from_hub(const std::vector<LocalActivity>& activities) {
    Transaction transaction(db_);
    for (const LocalActivity& a : activities)
        if (!local_activity_problem(a)) insert(a);
    transaction.commit();
}

std::vector<LocalActivity> LocalActivities::from(Date from) const {
    Statement s = db_.prepare("SELECT id, title, date, start, end, capacity, category, pictogram, "
                              "created_at FROM local_activities WHERE date >= ? "
                              "ORDER BY date, start, rowid");
    s.bind(1, format_date_iso(from));
    std::vector<LocalActivity> list;
    while (s.step()) {
        LocalActivity a;
        a.id = s.column_text(0);
        a.title = s.column_text(1);
        a.date = parse_date(s.column_text(2)).value_or(Date{});
        a.start = parse_time(s.column_text(3)).value_or(TimeOfDay{});
        a.end = parse_time(s.column_text(4)).value_or(TimeOfDay{});
        if (!s.column_is_null(5)) a.capacity = static_cast<int>(s.column_int(5));
        a.category = parse_category(s.column_text(6)).value_or(Category::Ontmoeting);
        a.pictogram = s.column_text(7);
        a.created_at = s.column_text(8);
        list.push_back(std::move(a));
    }
    return list;
}

int LocalActivities::purge_older_than(Date date) {
    db_.prepare("DELETE FROM local_activities WHERE date < ?").bind(1, format_date_iso(date)).run();
    return db_.changes();
}

} // namespace bk
