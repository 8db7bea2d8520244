# A loopback RTSP camera for the e2e tests: GStreamer's RTSP server streaming a test pattern as RTP/JPEG.
# Usage: python3 rtsp-server.py <port>; prints "ready" once it listens on rtsp://127.0.0.1:<port>/test.
import sys

import gi

gi.require_version('Gst', '1.0')
gi.require_version('GstRtspServer', '1.0')
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

Gst.init(None)
server = GstRtspServer.RTSPServer()
server.set_address('127.0.0.1')
server.set_service(sys.argv[1])
factory = GstRtspServer.RTSPMediaFactory()
factory.set_launch('( videotestsrc is-live=true pattern=ball ! video/x-raw,format=I420,width=160,height=120,framerate=10/1 ! jpegenc ! rtpjpegpay name=pay0 pt=26 )')
factory.set_shared(True)
server.get_mount_points().add_factory('/test', factory)
if server.attach(None) == 0:
    sys.exit('could not listen')
print('ready', flush=True)
GLib.MainLoop().run()
