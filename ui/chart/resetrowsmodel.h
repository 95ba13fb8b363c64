#ifndef CDOC_RESETROWSMODEL_H
#define CDOC_RESETROWSMODEL_H

#include "resetwatch/resetlog.h"

#include <QtCore/QAbstractTableModel>

// The reset watch's table: one row per program and server, most resets
// first, with who sent them and the quiet time before them.
class ResetRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Program, Server, Resets, LastSeen, Sender, QuietTime, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1; // ResetLog::Row::key()

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<ResetLog::Row> &rows);
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ResetLog::Row> m_rows;
};

#endif // CDOC_RESETROWSMODEL_H
