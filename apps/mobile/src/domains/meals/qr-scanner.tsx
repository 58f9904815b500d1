import { Button } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CameraState = 'off' | 'starting' | 'on' | 'unavailable' | 'denied';

interface QrScannerProps {
  /** false while a verdict is shown: frames are not decoded */
  paused: boolean;
  onScan: (text: string) => void;
}

/** Frames decoded per second: enough for a pass held up to the camera, light on a tablet's battery. */
const SCANS_PER_SECOND = 6;

/**
 * The back camera in a <video>; frames are drawn into a canvas and decoded with jsQR. Without a
 * camera (or permission) it says so, and the typed code next to it is the way in.
 */
export function QrScanner({ paused, onScan }: QrScannerProps) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<CameraState>(() =>
    typeof navigator.mediaDevices?.getUserMedia === 'function' ? 'starting' : 'unavailable',
  );
  const pausedRef = useRef(paused);
  pausedRef.current = paused;
  const onScanRef = useRef(onScan);
  onScanRef.current = onScan;

  const wanted = state === 'starting' || state === 'on';
  useEffect(() => {
    if (!wanted) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    let decode: typeof import('jsqr').default | null = null;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        if (stopped) {
          for (const track of media.getTracks()) track.stop();
          return;
        }
        stream = media;
        // the decoder is loaded only where a camera is in use, not with every page of the app
        const { default: jsQR } = await import('jsqr');
        decode = jsQR;
        const video = videoRef.current;
        if (stopped || !video) return;
        video.srcObject = media;
        await video.play().catch(() => undefined);
        setState('on');
        timer = setInterval(() => decodeFrame(video), 1000 / SCANS_PER_SECOND);
      })
      .catch((err: unknown) => {
        if (stopped) return;
        setState(err instanceof DOMException && err.name === 'NotAllowedError' ? 'denied' : 'unavailable');
      });

    const decodeFrame = (video: HTMLVideoElement) => {
      const canvas = canvasRef.current;
      if (pausedRef.current || !decode || !canvas || video.readyState < video.HAVE_CURRENT_DATA) return;
      const width = video.videoWidth;
      const height = video.videoHeight;
      if (!width || !height) return;
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return;
      context.drawImage(video, 0, 0, width, height);
      const found = decode(context.getImageData(0, 0, width, height).data, width, height, {
        inversionAttempts: 'dontInvert',
      });
      if (found?.data) onScanRef.current(found.data);
    };

    return () => {
      stopped = true;
      clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [wanted]);

  const message =
    state === 'denied'
      ? t('mealsCounter.cameraDenied')
      : state === 'unavailable'
        ? t('mealsCounter.cameraUnavailable')
        : null;

  return (
    <div className="qr-scanner">
      {wanted && (
        <div className="qr-scanner-frame">
          <video
            ref={videoRef}
            className="qr-scanner-video"
            muted
            playsInline
            aria-label={t('mealsCounter.cameraLabel')}
          />
          <span className="qr-scanner-target" aria-hidden="true" />
        </div>
      )}
      <canvas ref={canvasRef} hidden />
      {message && (
        <p className="qr-scanner-message" role="status">
          {message}
        </p>
      )}
      {state !== 'unavailable' && (
        <Button
          fill="outline"
          className="qr-scanner-switch"
          onClick={() => setState(wanted ? 'off' : 'starting')}
        >
          {wanted ? t('mealsCounter.cameraStop') : t('mealsCounter.cameraStart')}
        </Button>
      )}
    </div>
  );
}
