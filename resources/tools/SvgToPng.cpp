// svg-to-png: renders the scalable application icon into the PNG sizes of the hicolor icon theme, at
// build time, with Qt's own SVG renderer (so the build needs no other SVG tool).
//   cxm_svg_to_png ICON.svg OUTDIR NAME SIZE...   writes OUTDIR/SIZExSIZE/apps/NAME.png for each SIZE
// Exits 2, naming the file, when the SVG cannot be read or a PNG cannot be written.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: cxm_svg_to_png ICON.svg OUTDIR NAME SIZE...\n");
        return 1;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    const QString name = QString::fromLocal8Bit(argv[3]);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "cxm_svg_to_png: error: %s: not a readable SVG\n", argv[1]);
        return 2;
    }
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "cxm_svg_to_png: error: %s: not a size in pixels\n", argv[i]);
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(outDir).arg(size);
        const QString path = QStringLiteral("%1/%2.png").arg(dir, name);
        if (!QDir().mkpath(dir) || !image.save(path, "PNG")) {
            std::fprintf(stderr, "cxm_svg_to_png: error: %s: cannot be written\n", qPrintable(path));
            return 2;
        }
    }
    return 0;
}
