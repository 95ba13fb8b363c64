#include "resetrowsmodel.h"

#include "resetwatch/resetwording.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>

void ResetRowsModel::setRows(const QList<ResetLog::Row> &rows)
{
    // The same rows in the same order (the usual refresh): new counts in
    // place, so the table keeps its scroll position, current row and
    // keyboard focus. Anything else: the table starts again.
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).key() == m_rows.at(i).key();
    if (sameRows) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ResetRowsModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key() == key)
            return i;
    }
    return -1;
}

int ResetRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResetRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResetRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ResetLog::Row &row = m_rows.at(index.row());
    if (role == KeyRole)
        return row.key();
    if (role == Qt::TextAlignmentRole && index.column() == Resets)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Program:
        return ResetEvent::programName(row.program);
    case Server:
        return ResetWording::serverText(row); // "web.example.test (10.0.0.5)"
    case Resets:
        return role == Qt::DisplayRole ? QVariant(row.resets) : QVariant(tr("%n reset(s)", nullptr, row.resets));
    case LastSeen: {
        // The background watch's log reaches back days: the day where it is not today.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(row.lastAtMs);
        return at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                                 : QLocale().toString(at, QLocale::ShortFormat);
    }
    case Sender: {
        const int hops = row.typicalSenderHops();
        return ResetWording::senderText(row.mainSender(), hops);
    }
    case QuietTime: {
        const qint64 idle = row.medianIdleMs();
        return idle < 0 ? tr("not known") : ResetWording::quietTime(idle);
    }
    default:
        return {};
    }
}

QVariant ResetRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Program: return tr("Program");
    case Server: return tr("Server");
    case Resets: return tr("Resets");
    case LastSeen: return tr("Last seen");
    case Sender: return tr("Sent by");
    case QuietTime: return tr("Quiet before");
    default: return {};
    }
}
