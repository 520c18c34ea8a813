#include "core/import/pppfacts.h"

#include "core/import/addressrange.h"
#include "core/import/pppoptionsparser.h"
#include "core/import/textsource.h"

namespace {

QString statement(const Xl2tpdSection &s, const KeyValue &p)
{
    const QString header = s.name.isEmpty() ? QStringLiteral("[%1]").arg(s.type)
                                            : QStringLiteral("[%1 %2]").arg(s.type, s.name);
    return QStringLiteral("%1 %2 = %3").arg(header, p.key, p.value);
}

struct OptionsResult
{
    QString name;
    QString ipparam;
    QList<Ipv4Address> dns;
};

OptionsResult readOptions(const QString &file, const SourceTree &tree, BoxFacts *box, ImportLog &log)
{
    OptionsResult r;
    SourcePlace where;
    QString why;
    const auto text = TextSource::decode(tree.bytes(file), file, &where, &why);
    if (!text) {
        log.error(where, why);
        return r;
    }
    for (const PppOption &o : PppOptionsParser::parse(*text, file, log)) {
        const QString st = QString(o.name + u' ' + o.args.join(u' ')).trimmed();
        const QString arg = o.args.value(0);
        if (o.name == u"ms-dns" && Ipv4Address::parse(arg)) {
            r.dns.append(*Ipv4Address::parse(arg));
            log.mapped(o.place, st, QStringLiteral("a DNS server handed to remote-access clients"));
        } else if (o.name == u"name") {
            r.name = arg;
            log.mapped(o.place, st, QStringLiteral("this end's PPP name (chap-secrets)"));
        } else if (o.name == u"remotename") {
            log.mapped(o.place, st, QStringLiteral("the hub's PPP name (chap-secrets)"));
        } else if (o.name == u"ipparam") {
            r.ipparam = arg;
            log.mapped(o.place, st, QStringLiteral("ties ip-up routes to this L2TP link"));
        } else if ((o.name == u"mtu" || o.name == u"mru") && arg.toInt() > 0) {
            box->pppMtu = arg.toInt();
            log.mapped(o.place, st, QStringLiteral("the topology's MTU, when it is not the default"));
        } else if (o.name.startsWith(QLatin1String("require-")) || o.name.startsWith(QLatin1String("refuse-"))
                   || o.name == u"noauth" || o.name == u"auth") {
            log.notRepresented(o.place, st, QStringLiteral("RouteStudio always has clients authenticate with MS-CHAPv2"));
        } else {
            log.notRepresented(o.place, st, QStringLiteral("RouteStudio sets its own pppd options"));
        }
    }
    return r;
}

QString optionsFile(const KeyValue &p, const SourceTree &tree, ImportLog &log, const QString &st)
{
    const QString file = tree.fromInstalled(p.value);
    if (file.isEmpty() || !tree.contains(file)) {
        log.notRepresented(p.place, st, file.isEmpty() ? QStringLiteral("the options file is outside the imported folder")
                                                       : QStringLiteral("the options file is not in the imported folder"));
        return {};
    }
    log.mapped(p.place, st, QStringLiteral("read %1").arg(file));
    return file;
}

void lns(const Xl2tpdSection &s, const SourceTree &tree, BoxFacts *box, ImportLog &log, QStringList *read)
{
    LnsFacts l = box->lns.value_or(LnsFacts{});
    l.place = s.place;
    AddressSpan span;
    for (const KeyValue &p : s.params) {
        const QString st = statement(s, p);
        if (p.key == u"ip range") {
            bool ok = true;
            for (const QString &part : p.value.split(u',')) {
                const auto r = AddressRange::parse(part);
                ok = ok && r;
                if (r)
                    span.add(*r);
            }
            if (ok)
                log.mapped(p.place, st, QStringLiteral("the remote-access pool (the smallest prefix holding every range and the local ip)"));
            else
                log.notRepresented(p.place, st, QStringLiteral("not an IPv4 range a.b.c.d-e.f.g.h"));
        } else if (p.key == u"local ip" && Ipv4Address::parse(p.value)) {
            l.localAddress = Ipv4Address::parse(p.value);
            log.mapped(p.place, st, QStringLiteral("the hub's own PPP address (remoteAccess.localAddress)"));
        } else if (p.key == u"pppoptfile") {
            const QString file = optionsFile(p, tree, log, st);
            if (!file.isEmpty()) {
                read->append(file);
                const OptionsResult o = readOptions(file, tree, box, log);
                l.dns += o.dns;
                if (!o.name.isEmpty())
                    l.name = o.name;
            }
        } else if (p.key == u"name") {
            if (l.name.isEmpty())
                l.name = p.value;
            log.mapped(p.place, st, QStringLiteral("the hub's L2TP host name"));
        } else {
            log.notRepresented(p.place, st, QStringLiteral("RouteStudio sets its own L2TP server settings"));
        }
    }
    if (!span.isEmpty() && l.localAddress)
        span.add(*l.localAddress);
    if (const auto pool = span.covering())
        l.pool = pool;
    box->lns = l;
}

void lac(const Xl2tpdSection &s, const SourceTree &tree, BoxFacts *box, ImportLog &log, QStringList *read)
{
    LacFacts l;
    l.section = s.name;
    l.place = s.place;
    for (const KeyValue &p : s.params) {
        const QString st = statement(s, p);
        if (p.key == u"lns") {
            l.lns = p.value;
            log.mapped(p.place, st, QStringLiteral("the hub this box dials: an l2tp link"));
        } else if (p.key == u"pppoptfile") {
            const QString file = optionsFile(p, tree, log, st);
            if (!file.isEmpty()) {
                read->append(file);
                const OptionsResult o = readOptions(file, tree, box, log);
                l.pppName = o.name;
                l.ipparam = o.ipparam;
            }
        } else if (p.key == u"name") {
            if (l.pppName.isEmpty())
                l.pppName = p.value;
            log.mapped(p.place, st, QStringLiteral("the name this box logs in with"));
        } else {
            log.notRepresented(p.place, st, QStringLiteral("RouteStudio sets its own dial-out settings"));
        }
    }
    box->lacs.append(l);
}

} // namespace

namespace PppFacts {

void readXl2tpd(const QList<Xl2tpdSection> &sections, const SourceTree &tree, BoxFacts *box,
                ImportLog &log, QStringList *optionsRead)
{
    for (const Xl2tpdSection &s : sections) {
        if (s.type == u"lns") {
            lns(s, tree, box, log, optionsRead);
        } else if (s.type == u"lac") {
            lac(s, tree, box, log, optionsRead);
        } else {
            for (const KeyValue &p : s.params) {
                if (p.key == u"listen-addr") {
                    box->l2tpListen = p.value;
                    log.mapped(p.place, statement(s, p), QStringLiteral("the hub's public address"));
                } else {
                    log.notRepresented(p.place, statement(s, p), QStringLiteral("RouteStudio sets its own xl2tpd settings"));
                }
            }
        }
    }
}

} // namespace PppFacts
