/** Embedded media: a video link becomes a privacy-enhanced player where the host has one. */
const embedUrl = (url: string): string | null => {
  const youtube = /(?:youtube\.com\/watch\?v=|youtu\.be\/)([\w-]{6,})/.exec(url);
  if (youtube) return `https://www.youtube-nocookie.com/embed/${youtube[1]}`;
  const vimeo = /vimeo\.com\/(\d+)/.exec(url);
  if (vimeo) return `https://player.vimeo.com/video/${vimeo[1]}`;
  return null;
};

export function Video({ title, url }: { title: string; url: string }) {
  const embed = embedUrl(url);
  if (embed) return <iframe className="video" src={embed} title={title} loading="lazy" allowFullScreen />;
  return (
    <video className="video" controls preload="none" src={url} aria-label={title}>
      <a href={url}>{title}</a>
    </video>
  );
}
