// user add, list, remove, passwd, unlock: arguments checked first, the password read last,
// nothing stored unless all of it is right.
#include "desk_commands.h"

#include "buurtkiosk/terminal/secret_input.h"
#include "desk_accounts.h"
#include "desk_password.h"
#include "hub_layout.h"
#include "hub_store.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <optional>

namespace bk::hub {
namespace {

const char* kUserUsage = R"(usage: buurtkiosk-hub [--data DIR] user COMMAND ...
  user add NAME --role editor|sociaal-team|admin [--group G]...
                                            a desk account; an editor works for the groups
                                            given (at least one), the others see every group
  user list                                 accounts: role, groups, locked until, last login
  user remove NAME                          remove an account and end its sessions
  user passwd NAME                          a new password; ends the account's sessions
  user unlock NAME                          lift a lock after too many wrong passwords
Passwords (at least 12 characters) are read from standard input: typed twice without echo on a
terminal, or one line from a pipe.
)";

int bad_input(const std::string& message) {
    std::cerr << "buurtkiosk-hub user: " << message << "; nothing changed\n";
    return 2;
}

TimePoint now() {
    return std::chrono::system_clock::now();
}

struct UserArgs {
    std::string command;
    std::vector<std::string> names;
    std::optional<std::string> role;
    std::vector<std::string> groups;
    std::filesystem::path data;
};

// Every option takes a value; --group may come more than once.
std::optional<UserArgs> parse(std::filesystem::path data, const std::vector<std::string>& args,
                              std::string& problem) {
    UserArgs out;
    out.data = std::move(data);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0) {
            if (out.command.empty())
                out.command = a;
            else
                out.names.push_back(a);
            continue;
        }
        if (i + 1 >= args.size()) {
            problem = a + " needs a value";
            return std::nullopt;
        }
        const std::string& value = args[++i];
        if (a == "--role" && !out.role) {
            out.role = value;
        } else if (a == "--group") {
            out.groups.push_back(value);
        } else if (a == "--data") {
            out.data = value;
        } else {
            problem = "unknown option " + a + (a == "--role" ? " (given twice)" : "");
            return std::nullopt;
        }
    }
    return out;
}

// The new password from standard input, or the reason there is none to use.
std::optional<std::string> new_password(const std::string& name, std::string& problem) {
    auto password = read_new_secret("password for " + name, problem);
    if (!password) return std::nullopt;
    if (auto wrong = desk_password_problem(*password)) {
        problem = *wrong;
        return std::nullopt;
    }
    return password;
}

int add(const UserArgs& a) {
    const std::string& name = a.names[0];
    if (!a.role) return bad_input("user add needs --role editor, sociaal-team or admin");
    auto role = parse_desk_role(*a.role);
    if (!role)
        return bad_input("unknown role '" + *a.role + "': use editor, sociaal-team or admin");
    if (*role == DeskRole::Editor && a.groups.empty())
        return bad_input("an editor needs at least one --group (the kiosk groups it writes for)");
    if (*role != DeskRole::Editor && !a.groups.empty())
        return bad_input(std::string("--group is for editors; ") + desk_role_name(*role) +
                         " sees every group");
    for (const std::string& g : a.groups)
        if (!is_plain_name(g))
            return bad_input("group '" + g + "': use a-z, 0-9, '-' or '_' (at most 64)");
    HubStore store(HubLayout{a.data}.database());
    DeskAccounts accounts(store);
    // Before the password is asked for: nobody types one twice for nothing.
    if (accounts.find(name, now()))
        return bad_input("account '" + name +
                         "' already exists (user passwd changes its password)");
    std::string problem;
    auto password = new_password(name, problem);
    if (!password) return bad_input(problem);
    DeskAccount account;
    account.name = name;
    account.role = *role;
    account.groups = a.groups;
    std::sort(account.groups.begin(), account.groups.end());
    if (!accounts.add(account, hash_desk_password(*password), now()))
        return bad_input("account '" + name + "' already exists");
    std::cout << "account '" << name << "' added as " << desk_role_name(*role) << "\n";
    return 0;
}

int list(const UserArgs& a) {
    HubStore store(HubLayout{a.data}.database());
    for (const DeskAccount& account : DeskAccounts(store).list(now())) {
        std::string groups;
        for (const std::string& g : account.groups)
            groups += (groups.empty() ? "" : ",") + g;
        if (sees_every_group(account.role)) groups = "all";
        std::cout << account.name << "\trole=" << desk_role_name(account.role)
                  << "\tgroups=" << groups << "\tlocked_until="
                  << (account.locked_until.empty() ? "no" : account.locked_until) << "\tlast_login="
                  << (account.last_login_at.empty() ? "never" : account.last_login_at) << "\n";
    }
    return 0;
}

int change(const UserArgs& a) {
    const std::string& name = a.names[0];
    HubStore store(HubLayout{a.data}.database());
    DeskAccounts accounts(store);
    if (!accounts.find(name, now())) return bad_input("there is no account '" + name + "'");
    if (a.command == "remove") {
        accounts.remove(name);
        std::cout << "account '" << name << "' removed; its sessions ended\n";
    } else if (a.command == "unlock") {
        accounts.unlock(name);
        std::cout << "account '" << name << "' unlocked\n";
    } else {
        std::string problem;
        auto password = new_password(name, problem);
        if (!password) return bad_input(problem);
        if (!accounts.set_password(name, hash_desk_password(*password)))
            return bad_input("there is no account '" + name + "' any more");
        std::cout << "password of '" << name << "' changed; its sessions ended\n";
    }
    return 0;
}

} // namespace

int user_command(std::filesystem::path data, const std::vector<std::string>& args) {
    if (std::find(args.begin(), args.end(), "--help") != args.end()) {
        std::cout << kUserUsage;
        return 0;
    }
    std::string problem;
    auto a = parse(std::move(data), args, problem);
    if (!a) {
        std::cerr << "buurtkiosk-hub user: " << problem << "\n" << kUserUsage;
        return 2;
    }
    const bool takes_name = a->command == "add" || a->command == "remove" ||
                            a->command == "passwd" || a->command == "unlock";
    if (!takes_name && a->command != "list") {
        std::cerr << (a->command.empty()
                          ? std::string("buurtkiosk-hub user: which command?\n")
                          : "buurtkiosk-hub user: unknown command '" + a->command + "'\n")
                  << kUserUsage;
        return 2;
    }
    if (a->names.size() != (takes_name ? 1u : 0u)) {
        std::cerr << "buurtkiosk-hub user " << a->command << ": expected "
                  << (takes_name ? "one account name" : "no arguments") << "\n"
                  << kUserUsage;
        return 2;
    }
    if (a->command != "add" && (a->role || !a->groups.empty()))
        return bad_input("--role and --group are for user add");
    if (takes_name && !is_account_name(a->names[0]))
        return bad_input("account name '" + a->names[0] +
                         "': use a-z, 0-9, '.', '-' or '_', starting with a letter or digit "
                         "(at most 64)");
    try {
        if (a->command == "add") return add(*a);
        if (a->command == "list") return list(*a);
        return change(*a);
    } catch (const std::exception& e) {
        std::cerr << "buurtkiosk-hub user " << a->command << ": " << e.what() << "\n";
        return 1;
    }
}

} // namespace bk::hub
